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

    [GeneratedRegex(@"<!-- consumer-test: (?<name>[a-z]+)[^\n]*-->\n```sh\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
