using Microsoft.Extensions.Configuration;
using SourceScore.Configuration;

namespace SourceScore;

/// <summary>
/// A newsroom's settings, kept with its drafts in a <c>sourcescore.json</c> file (JSON with comments; its schema is
/// <see cref="Schema"/>, also at <c>docs/sourcescore.schema.json</c>) or in an application's <c>IConfiguration</c>: rule
/// levels, signal weights, the check's threshold, the outlet's house lists (its own boilerplate lines, the names it spells
/// its own way, words that are never misspellings) and overrides by path or by source. Applied with
/// <see cref="ScorerBuilder.UseConfiguration"/>.
/// </summary>
/// <remarks>
/// A file is found like <c>.editorconfig</c>: <see cref="Find"/> walks up from the file being checked and the nearest one
/// wins (files are not merged). Every setting is checked when read; a bad one is a
/// <see cref="SourceScoreConfigurationException"/> naming the file, the line and the key. Immutable and thread-safe.
/// </remarks>
public sealed class SourceScoreConfiguration
{
    /// <summary>The name of the configuration file.</summary>
    public const string FileName = "sourcescore.json";

    /// <summary>The longest configuration file read, in bytes (a settings file is a few kilobytes).</summary>
    public const int MaxFileLength = 1 << 20;

    private static readonly Lazy<string> s_schema = new(() => ReadResource("SourceScore.sourcescore.schema.json"));
    private static readonly Lazy<string> s_starter = new(() => ReadResource("SourceScore.sourcescore.starter.json"));

    internal SourceScoreConfiguration(
        string? filePath,
        IReadOnlyDictionary<string, RuleLevel> rules,
        IReadOnlyDictionary<Signal, double> weights,
        double? failUnder,
        IReadOnlyList<string> boilerplate,
        IReadOnlyDictionary<string, IReadOnlyList<string>> names,
        IReadOnlyList<string> words,
        IReadOnlyList<ConfigurationOverride> overrides,
        IReadOnlyDictionary<string, SettingOrigin> origins)
    {
        FilePath = filePath;
        Rules = rules;
        Weights = weights;
        FailUnder = failUnder;
        Boilerplate = boilerplate;
        Names = names;
        Words = words;
        Overrides = overrides;
        Origins = origins;
    }

    /// <summary>Gets a configuration that sets nothing: every default applies.</summary>
    public static SourceScoreConfiguration Empty { get; } = new(null, new Dictionary<string, RuleLevel>(), new Dictionary<Signal, double>(), null, [], new Dictionary<string, IReadOnlyList<string>>(), [], [], new Dictionary<string, SettingOrigin>());

    /// <summary>Gets the JSON Schema (draft 2020-12) of the configuration file.</summary>
    public static string Schema => s_schema.Value;

    /// <summary>Gets a commented starter file: every setting, explained, with the defaults.</summary>
    public static string Starter => s_starter.Value;

    /// <summary>Gets the full path of the file the configuration was read from; <see langword="null"/> for a configuration section or <see cref="Empty"/>.</summary>
    public string? FilePath { get; }

    /// <summary>Gets the level of each rule the configuration sets (<c>"SS5005": "off"</c>); other rules keep their default.</summary>
    public IReadOnlyDictionary<string, RuleLevel> Rules { get; }

    /// <summary>
    /// Gets the weight of each signal the configuration sets: the share of the 100 points the signal can take off at risk 1,
    /// from 0 (the signal does not count) to 1. Defaults: markup 0.6, machine 0.95, claims 0.25, agreement 0.6, source 0.25.
    /// </summary>
    public IReadOnlyDictionary<Signal, double> Weights { get; }

    /// <summary>Gets the overall score below which the editor's check fails (0–100), or <see langword="null"/> for the tool's default (60).</summary>
    public double? FailUnder { get; }

    /// <summary>
    /// Gets the lines the outlet prints under or around its stories (a sign-off, a tagline, a sales footer): a line of an
    /// article that reads the same (case and spacing aside) is the outlet's own furniture, neither a claim nor leaked boilerplate.
    /// </summary>
    public IReadOnlyList<string> Boilerplate { get; }

    /// <summary>Gets names and the variants the outlet or others spell them with: the agreement signal reads each variant as the name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; }

    /// <summary>Gets words that are never misspellings (house spellings, local names, jargon).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Gets the overrides by path or by source, in the order written (later ones win).</summary>
    public IReadOnlyList<ConfigurationOverride> Overrides { get; }

    /// <summary>Gets where each top-level setting was written (<c>rules.SS3001</c> → <c>sourcescore.json:12</c>).</summary>
    internal IReadOnlyDictionary<string, SettingOrigin> Origins { get; }

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="SourceScoreConfigurationException">The file cannot be read, is not JSON, or a setting is bad (the message names the file, line and key).</exception>
    public static SourceScoreConfiguration Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(full);
            if (info.Exists && info.Length > MaxFileLength)
            {
                throw new SourceScoreConfigurationException(full, 0, "(file)", $"{info.Length} bytes is more than a configuration file holds ({MaxFileLength})");
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SourceScoreConfigurationException($"{full}: cannot be read: {ex.Message}", ex);
        }

        return ConfigurationReader.Read(ConfigNode.Parse(bytes, full), full, fromSection: false);
    }

    /// <summary>Reads a configuration from its JSON text.</summary>
    /// <param name="json">The text of a <c>sourcescore.json</c> file.</param>
    /// <param name="filePath">The file it stands for: errors name it, and override paths are relative to its folder.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SourceScoreConfigurationException">Not JSON, or a setting is bad.</exception>
    public static SourceScoreConfiguration Parse(string json, string filePath = FileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        string full = Path.GetFullPath(filePath);
        return ConfigurationReader.Read(ConfigNode.Parse(System.Text.Encoding.UTF8.GetBytes(json), full), full, fromSection: false);
    }

    /// <summary>
    /// Reads a configuration from an <c>IConfiguration</c> section with the file's shape (<c>SourceScore:Rules:SS5005 = off</c>,
    /// <c>SourceScore:Weights:claims = 0.5</c>, <c>SourceScore:Overrides:0:Sources:0 = example.com</c>); keys are case-insensitive.
    /// </summary>
    /// <param name="configuration">The section.</param>
    /// <returns>The configuration; override paths are relative to the current folder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <exception cref="SourceScoreConfigurationException">A setting is bad (the message names the section path).</exception>
    public static SourceScoreConfiguration FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string name = configuration is IConfigurationSection section ? section.Path : "configuration";
        return ConfigurationReader.Read(ConfigurationSectionReader.ToNode(configuration), name, fromSection: true);
    }

    /// <summary>Finds the configuration file that applies to a file or folder: the nearest <c>sourcescore.json</c> in it or a folder above.</summary>
    /// <param name="path">The file being checked, or a folder.</param>
    /// <returns>The full path of the file, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static string? Find(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        var folder = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        for (; folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Gets the settings for one file: the overrides whose path patterns match it are merged into the top-level settings,
    /// in order; overrides by source stay, to be applied to each article by its source.
    /// </summary>
    /// <param name="path">The file being checked (relative to the current folder, or full).</param>
    /// <returns>The configuration for that file (this one when no path pattern matches).</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public SourceScoreConfiguration ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Overrides.Any(o => o.Files.Count > 0))
        {
            return this;
        }

        string folder = FilePath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(FilePath)!;
        string relative = Path.GetRelativePath(folder, Path.GetFullPath(path)).Replace('\\', '/');
        bool inside = !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative);
        var rules = new Dictionary<string, RuleLevel>(Rules, StringComparer.Ordinal);
        var weights = new Dictionary<Signal, double>(Weights);
        var origins = new Dictionary<string, SettingOrigin>(Origins, StringComparer.Ordinal);
        double? failUnder = FailUnder;
        var kept = new List<ConfigurationOverride>();
        var matched = new System.Text.StringBuilder();
        bool changed = false;
        foreach (var o in Overrides)
        {
            if (o.Files.Count == 0)
            {
                kept.Add(o);
                continue;
            }

            changed = true;
            if (!inside || !o.MatchesFile(relative))
            {
                continue;
            }

            matched.Append(o.Index).Append(' ');

            if (o.Sources.Count > 0)
            {
                kept.Add(o.WithoutFiles());
                continue;
            }

            foreach (var (id, level) in o.Rules)
            {
                rules[id] = level;
            }

            foreach (var (signal, weight) in o.Weights)
            {
                weights[signal] = weight;
            }

            failUnder = o.FailUnder ?? failUnder;
            foreach (var (key, origin) in o.Origins)
            {
                origins[key] = origin;
            }
        }

        return changed ? new SourceScoreConfiguration(FilePath, rules, weights, failUnder, Boilerplate, Names, Words, kept, origins) { MatchedOverrides = matched.ToString() } : this;
    }

    /// <summary>The threshold of the editor's check for an article from <paramref name="source"/>: the last override by source that sets one, else <see cref="FailUnder"/>.</summary>
    internal double? FailUnderFor(string source)
    {
        double? threshold = FailUnder;
        foreach (var o in Overrides)
        {
            if (o.Files.Count == 0 && o.FailUnder is double value && source.Length > 0 && o.MatchesSource(source))
            {
                threshold = value;
            }
        }

        return threshold;
    }

    /// <summary>Gets the overrides by path <see cref="ForFile"/> merged in (their indices); two files with the same configuration and the same matches are scored alike.</summary>
    internal string MatchedOverrides { get; private init; } = string.Empty;

    /// <summary>A rule id the configuration sets that <paramref name="isRule"/> does not know is an error naming the file, line and key.</summary>
    /// <exception cref="SourceScoreConfigurationException">Such a rule.</exception>
    internal void CheckRules(Func<string, bool> isRule)
    {
        var settings = Rules.Keys.Select(id => (Id: id, Origin: OriginOf("rules." + id), Key: "rules." + id))
            .Concat(Overrides.SelectMany(o => o.Rules.Keys.Select(id => (Id: id, Origin: o.Origins.GetValueOrDefault("rules." + id), Key: $"overrides[{o.Index}].rules.{id}"))));
        foreach (var (id, origin, key) in settings)
        {
            if (!isRule(id))
            {
                throw new SourceScoreConfigurationException(origin?.File ?? FilePath ?? "configuration", origin?.Line ?? 0, key, $"no rule {id} exists here ('sourcescore rules' lists them)");
            }
        }
    }

    /// <summary>Where a setting was written (<c>sourcescore.json:12</c>, with the override), or <see langword="null"/> when it keeps its default.</summary>
    internal SettingOrigin? OriginOf(string key) => Origins.GetValueOrDefault(key);

    private static string ReadResource(string name)
    {
        using var stream = typeof(SourceScoreConfiguration).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The package is incomplete: the resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
