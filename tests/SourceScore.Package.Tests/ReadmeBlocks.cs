using System.Text.RegularExpressions;

namespace SourceScore.Package.Tests;

/// <summary>
/// The README's install commands: each fenced block that follows a <c>&lt;!-- consumer-test: NAME … --&gt;</c>
/// comment, by name, so that the test runs exactly what the README tells users to run.
/// </summary>
internal static partial class ReadmeBlocks
{
    public static IReadOnlyDictionary<string, string> Read(string readme)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Block().Matches(File.ReadAllText(readme).ReplaceLineEndings("\n")))
        {
            blocks.Add(match.Groups["name"].Value, match.Groups["body"].Value);
        }

        foreach (string name in new[] { "pack", "project", "tool" })
        {
            if (!blocks.ContainsKey(name))
            {
                throw new InvalidOperationException($"README.md has no '<!-- consumer-test: {name} -->' block.");
            }
        }

        return blocks;
    }

    /// <summary>Every C# block of a markdown file, in order: each is a whole program a user can paste.</summary>
    public static IReadOnlyList<string> CSharp(string markdown) =>
        [.. CSharpBlock().Matches(File.ReadAllText(markdown).ReplaceLineEndings("\n")).Select(m => m.Groups["body"].Value)];

    [GeneratedRegex(@"```csharp\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"<!-- consumer-test: (?<name>[a-z]+)[^\n]*-->\n```sh\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
