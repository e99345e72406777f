using System.CommandLine;

namespace SourceScore.Cli.Commands;

/// <summary>
/// Which <c>sourcescore.json</c> applies to each input, as the editor's tools find theirs: the nearest one in the input's
/// folder or a folder above (standard input: the current folder's), the one given with <c>--config</c>, or none with
/// <c>--no-config</c>. Each file is read once; the scorers made for each configuration (and path override) are kept.
/// </summary>
internal sealed class ConfigurationChoice
{
    private readonly string? _file;
    private readonly bool _none;
    private readonly Dictionary<string, SourceScoreConfiguration> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Scorer> _scorers = new(StringComparer.Ordinal);

    public ConfigurationChoice(string? file, bool none)
    {
        _file = file;
        _none = none;
    }

    public static Option<string?> CreateConfigOption() => new("--config")
    {
        Description = "The sourcescore.json to use for every input, instead of the nearest one found from each input's folder upwards.",
    };

    public static Option<bool> CreateNoConfigOption() => new("--no-config")
    {
        Description = "Read no sourcescore.json: every rule, weight and threshold at its default.",
    };

    public static ConfigurationChoice From(ParseResult result, Option<string?> config, Option<bool> noConfig)
    {
        string? file = result.GetValue(config);
        bool none = result.GetValue(noConfig);
        return file is not null && none ? throw new InvalidOperationException("--config and --no-config cannot be used together") : new ConfigurationChoice(file, none);
    }

    /// <summary>The configuration file that applies to an input, or null.</summary>
    public string? FileFor(string input)
    {
        if (_none)
        {
            return null;
        }

        return _file is not null ? Path.GetFullPath(_file) : SourceScoreConfiguration.Find(input == "-" ? Directory.GetCurrentDirectory() : input);
    }

    /// <summary>The settings for an input: its configuration file's, with the overrides its path matches.</summary>
    /// <exception cref="SourceScoreConfigurationException">The file cannot be read or a setting is bad.</exception>
    public SourceScoreConfiguration For(string input)
    {
        if (FileFor(input) is not { } file)
        {
            return SourceScoreConfiguration.Empty;
        }

        if (!_loaded.TryGetValue(file, out var configuration))
        {
            configuration = SourceScoreConfiguration.Load(file);
            _loaded[file] = configuration;
        }

        return configuration.ForFile(input == "-" ? Path.Combine(Directory.GetCurrentDirectory(), "-") : input);
    }

    /// <summary>The scorer for an input: <paramref name="scorer"/> with the input's settings (one scorer per distinct settings).</summary>
    /// <exception cref="SourceScoreConfigurationException">A setting is bad, or names a rule the scorer does not have.</exception>
    public Scorer ScorerFor(string input, Scorer scorer)
    {
        var configuration = For(input);
        if (configuration.FilePath is null)
        {
            return scorer;
        }

        string key = configuration.FilePath + "|" + configuration.MatchedOverrides;
        if (!_scorers.TryGetValue(key, out var made))
        {
            made = scorer.WithConfiguration(configuration);
            _scorers[key] = made;
        }

        return made;
    }
}
