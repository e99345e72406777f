using System.Text.RegularExpressions;

namespace SourceScore.Tests.Conventions;

/// <summary>
/// Each signal lives in its own folder, <c>src/SourceScore/Signals/&lt;Signal&gt;/</c> (namespace
/// <c>SourceScore.Signals.&lt;Signal&gt;</c>): no signal's folder names another's namespace or types, and nothing else
/// in the package names a signal's namespace or a type declared in a signal's folder. The core reaches signals only
/// through <see cref="ICheck"/>, the ordered step (<c>IOrderedCheck</c>), the signal evaluators and the context's
/// per-signal state.
/// </summary>
public sealed partial class SignalBoundaryTests
{
    private static readonly string s_package = Path.Combine(Testing.TestPaths.RepoRoot, "src", "SourceScore");

    /// <summary>Every source file of the package, by path under src/SourceScore, without its comment lines.</summary>
    private static List<(string Path, string Code)> Files() =>
        [.. Directory.EnumerateFiles(s_package, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(s_package, f).Replace('\\', '/'), string.Join('\n', File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))))];

    private static string? SignalOf(string path) => path.StartsWith("Signals/", StringComparison.Ordinal) ? path.Split('/')[1] : null;

    /// <summary>What each file names of the signals: their namespaces, and the types declared in their folders.</summary>
    private static List<string> Crossings()
    {
        var files = Files();
        var declared = files.Where(f => SignalOf(f.Path) is not null)
            .SelectMany(f => Declaration().Matches(f.Code).Select(m => (Type: m.Groups["type"].Value, Signal: SignalOf(f.Path)!)))
            .ToList();
        Assert.True(declared.Count > 50, $"{declared.Count} types found in the signals' folders");
        var crossings = new List<string>();
        foreach (var (path, code) in files)
        {
            string? own = SignalOf(path);
            var names = Identifier().Matches(code).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            foreach (Match m in SignalNamespace().Matches(code))
            {
                if (m.Groups["signal"].Value != own)
                {
                    crossings.Add($"{path} names the namespace of the {m.Groups["signal"].Value} signal");
                }
            }

            foreach (var (type, signal) in declared.Where(d => d.Signal != own))
            {
                if (names.Contains(type))
                {
                    crossings.Add($"{path} names {type} of the {signal} signal");
                }
            }
        }

        return crossings;
    }

    [Fact]
    public void Neither_the_core_nor_another_signal_names_a_signal()
    {
        var crossings = Crossings();
        Assert.True(crossings.Count == 0, string.Join("\n", crossings));
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*", RegexOptions.NonBacktracking)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?:SourceScore\.Signals\.|(?:^|[^A-Za-z0-9_.])Signals\.)(?<signal>Markup|Machine|Claims|Agreement|Source)\b", RegexOptions.NonBacktracking | RegexOptions.Multiline)]
    private static partial Regex SignalNamespace();

    [GeneratedRegex(@"^(?:public|internal)\s+(?:(?:sealed|static|readonly|abstract|partial)\s+)*(?:class|struct|record struct|record|enum|interface)\s+(?<type>[A-Za-z0-9_]+)", RegexOptions.NonBacktracking | RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
