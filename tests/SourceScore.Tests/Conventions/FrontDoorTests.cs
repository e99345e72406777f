using System.Text.RegularExpressions;

namespace SourceScore.Tests.Conventions;

/// <summary>The README stays a front door, and the architecture and contributing guides name files that exist.</summary>
public sealed partial class FrontDoorTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(Testing.TestPaths.RepoRoot, name));

    [Fact]
    public void The_readme_is_under_200_lines()
    {
        int lines = Read("README.md").Count(c => c == '\n');
        Assert.True(lines < 200, $"README.md has {lines} lines: move detail to docs/");
    }

    [Theory]
    [InlineData("ARCHITECTURE.md")]
    [InlineData("CONTRIBUTING.md")]
    public void Every_path_a_guide_names_exists(string guide)
    {
        var paths = RepoPath().Matches(Read(guide)).Select(m => m.Groups["path"].Value.TrimEnd('.', ',', ':')).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(paths.Count >= (guide == "ARCHITECTURE.md" ? 20 : 5), $"{guide} names only {paths.Count} paths");
        var missing = paths.Where(p => !File.Exists(Path.Combine(Testing.TestPaths.RepoRoot, p)) && !Directory.Exists(Path.Combine(Testing.TestPaths.RepoRoot, p))).ToList();
        Assert.True(missing.Count == 0, $"{guide} names paths that do not exist: {string.Join(", ", missing)}");
    }

    /// <summary>A path in backquotes under one of the repository's top-level folders (a placeholder such as <c>&lt;Signal&gt;</c> is not a path).</summary>
    [GeneratedRegex(@"`(?<path>(?:src|tests|models|docs|benchmarks|eng|examples)/[A-Za-z0-9_./-]*)`", RegexOptions.NonBacktracking)]
    private static partial Regex RepoPath();
}
