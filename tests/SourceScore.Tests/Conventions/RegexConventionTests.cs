using System.Reflection;
using System.Text.RegularExpressions;

namespace SourceScore.Tests.Conventions;

/// <summary>
/// Same input, same score: no pattern in the library may depend on a clock. Every regular expression is
/// non-backtracking (time linear in the input) and has no match timeout, so a busy machine cannot make a check
/// give up on a text that an idle one reads to the end.
/// </summary>
public sealed class RegexConventionTests
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>Every [GeneratedRegex] accessor of the library, by its declaring type and name, with its instance.</summary>
    public static TheoryData<string> PatternNames()
    {
        var data = new TheoryData<string>();
        foreach (var method in Accessors())
        {
            data.Add(method.DeclaringType!.FullName + "." + method.Name);
        }

        return data;
    }

    [Fact]
    public void The_library_has_patterns_to_check()
        => Assert.True(Accessors().Count() >= 20, "the accessor search found too few patterns: it no longer sees [GeneratedRegex] methods");

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void Pattern_is_non_backtracking_without_a_timeout(string name)
    {
        var method = Accessors().Single(m => m.DeclaringType!.FullName + "." + m.Name == name);

        // Invoking builds the pattern: NonBacktracking refuses, at that point, a pattern it cannot hold
        // (lookarounds, or an automaton past its size limit), so this also proves the pattern is usable.
        var regex = (Regex)method.Invoke(null, null)!;

        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), $"{name} backtracks: its time on hostile text is not bounded by the text's length");
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Fact]
    public void No_source_file_of_the_library_sets_a_match_timeout()
    {
        var root = Path.Combine(Testing.TestPaths.RepoRoot, "src", "SourceScore");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path =>
            {
                string source = File.ReadAllText(path);
                return source.Contains("matchTimeout", StringComparison.OrdinalIgnoreCase)
                    || source.Contains("RegexMatchTimeoutException", StringComparison.Ordinal)
                    || source.Contains("TimeoutMs", StringComparison.Ordinal);
            })
            .Select(path => Path.GetRelativePath(root, path))
            .ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<MethodInfo> Accessors() =>
        typeof(Article).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("SourceScore", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(Static))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null);
}
