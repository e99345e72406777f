using SourceScore.Configuration;

namespace SourceScore;

/// <summary>
/// Settings of a <see cref="SourceScoreConfiguration"/> that apply only to some articles: those whose file matches one of
/// <see cref="Files"/> (relative to the configuration file's folder) or whose source is one of <see cref="Sources"/>
/// (a domain names its subdomains too). When both are given, an article must match both. Later overrides win over
/// earlier ones and over the top-level settings.
/// </summary>
/// <remarks>Immutable and thread-safe; made only by reading a configuration.</remarks>
public sealed class ConfigurationOverride
{
    internal ConfigurationOverride(
        int index,
        IReadOnlyList<PathGlob> files,
        IReadOnlyList<string> sources,
        IReadOnlyDictionary<string, RuleLevel> rules,
        IReadOnlyDictionary<Signal, double> weights,
        double? failUnder,
        IReadOnlyDictionary<string, SettingOrigin> origins)
    {
        Index = index;
        Globs = files;
        Files = [.. files.Select(f => f.Pattern)];
        Sources = sources;
        Rules = rules;
        Weights = weights;
        FailUnder = failUnder;
        Origins = origins;
    }

    /// <summary>Gets the path patterns (<c>opinion/**</c>, <c>*.md</c>); empty when the override is by source only.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Gets the sources (publishers or domains) it applies to; empty when it is by path only.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Gets the rule levels it sets.</summary>
    public IReadOnlyDictionary<string, RuleLevel> Rules { get; }

    /// <summary>Gets the signal weights it sets.</summary>
    public IReadOnlyDictionary<Signal, double> Weights { get; }

    /// <summary>Gets the threshold of the editor's check it sets, or <see langword="null"/>.</summary>
    public double? FailUnder { get; }

    /// <summary>Gets the override's place in the file's <c>overrides</c> array (0-based).</summary>
    internal int Index { get; }

    internal IReadOnlyList<PathGlob> Globs { get; }

    /// <summary>Gets where each of its settings was written (<c>rules.SS3001</c> → <c>sourcescore.json:12</c>).</summary>
    internal IReadOnlyDictionary<string, SettingOrigin> Origins { get; }

    /// <summary>Whether the override's path patterns match a path relative to the configuration's folder (with <c>/</c>).</summary>
    internal bool MatchesFile(string relativePath) => Globs.Any(g => g.IsMatch(relativePath));

    /// <summary>Whether the override names the source, or a domain it is a subdomain of (case-insensitive).</summary>
    internal bool MatchesSource(string source)
    {
        foreach (string listed in Sources)
        {
            if (string.Equals(source, listed, StringComparison.OrdinalIgnoreCase)
                || (source.Length > listed.Length && source[^(listed.Length + 1)] == '.' && source.EndsWith(listed, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same override without its path patterns (once they matched), by source only.</summary>
    internal ConfigurationOverride WithoutFiles() => new(Index, [], Sources, Rules, Weights, FailUnder, Origins);
}
