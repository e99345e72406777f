using System.Text.RegularExpressions;

namespace SourceScore.Tests.Conventions;

/// <summary>
/// Each signal lives in its own folder, <c>src/SourceScore/Signals/&lt;Signal&gt;/</c> (namespace
/// <c>SourceScore.Signals.&lt;Signal&gt;</c>): no signal's folder names another's, and the rest of the package names no
/// signal but for the files of <see cref="s_coreStillNamingSignals"/> — the core's remaining knowledge of the agreement
/// and source signals (issue 33), listed so that it can only shrink.
/// </summary>
public sealed partial class SignalBoundaryTests
{
    /// <summary>The core files that still name a signal, and why. A file leaves the list when it stops; none may join it.</summary>
    private static readonly Dictionary<string, string> s_coreStillNamingSignals = new(StringComparer.Ordinal)
    {
        ["CheckContext.cs"] = "a slot for the agreement check's outcome",
        ["Scorer.cs"] = "the source signal's no-text, input-limit and scoring-failed rules",
        ["ScorerBuilder.cs"] = "the agreement check ordered last, the input-limit check added",
        ["Scoring/ScorerSettings.cs"] = "the agreement check found for the scorer's ordered step",
    };

    private static readonly string s_package = Path.Combine(Testing.TestPaths.RepoRoot, "src", "SourceScore");

    private static IEnumerable<(string Path, string Code)> Files() =>
        Directory.EnumerateFiles(s_package, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(s_package, f).Replace('\\', '/'), string.Join('\n', File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))));

    /// <summary>The signals a file names: by a using directive or a qualified name.</summary>
    private static HashSet<string> SignalsNamed(string code) =>
        [.. SignalReference().Matches(code).Select(m => m.Groups["signal"].Value)];

    [Fact]
    public void No_signal_names_another()
    {
        var crossings = Files().Where(f => f.Path.StartsWith("Signals/", StringComparison.Ordinal))
            .SelectMany(f => SignalsNamed(f.Code).Where(s => s != f.Path.Split('/')[1]).Select(s => $"{f.Path} names {s}"))
            .ToList();
        Assert.True(crossings.Count == 0, string.Join("\n", crossings));
    }

    [Fact]
    public void The_core_names_no_signal_but_the_listed_files()
    {
        var naming = Files().Where(f => !f.Path.StartsWith("Signals/", StringComparison.Ordinal) && SignalsNamed(f.Code).Count > 0)
            .Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var added = naming.Where(p => !s_coreStillNamingSignals.ContainsKey(p)).ToList();
        var gone = s_coreStillNamingSignals.Keys.Where(p => !naming.Contains(p)).ToList();
        Assert.True(added.Count == 0, "core files that name a signal (put what they need behind an abstraction): " + string.Join(", ", added));
        Assert.True(gone.Count == 0, "no longer naming a signal, take them off the list: " + string.Join(", ", gone));
    }

    [GeneratedRegex(@"(?:SourceScore\.Signals\.|(?:^|[^A-Za-z0-9_.])Signals\.)(?<signal>Markup|Machine|Claims|Agreement|Source)\b", RegexOptions.NonBacktracking | RegexOptions.Multiline)]
    private static partial Regex SignalReference();
}
