using System.Globalization;
using System.Reflection;
using System.Text;

namespace SourceScore.Cli.Output;

/// <summary>
/// The help of a rule, made from its descriptor (<see cref="Rule.Description"/>, <see cref="Rule.Rationale"/>,
/// <see cref="Rule.Fix"/>, <see cref="Rule.Example"/>): as plain text and Markdown for SARIF's <c>help</c>, as the page
/// <c>docs/rules/&lt;id&gt;.md</c> that <c>sourcescore rules --docs</c> writes, its address in the repository, and
/// the rule's SARIF name. One source for all of them, so the pages, <c>sourcescore rules</c> and the SARIF log
/// cannot tell different stories.
/// </summary>
internal static class RuleHelp
{
    /// <summary>The folder of the rule pages in the repository.</summary>
    public const string DocsFolder = "docs/rules";

    /// <summary>Gets the repository's address (the <c>RepositoryUrl</c> the build stamps into the tool).</summary>
    public static string RepositoryUrl { get; } =
        typeof(RuleHelp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value?.TrimEnd('/')
        ?? "https://github.com/sourcescore/sourcescore";

    /// <summary>The address of a rule's page in the repository.</summary>
    public static Uri UriOf(Rule rule) => new($"{RepositoryUrl}/blob/main/{DocsFolder}/{rule.Id}.md");

    /// <summary>The file name of a rule's page.</summary>
    public static string FileNameOf(Rule rule) => rule.Id + ".md";

    /// <summary>
    /// The rule's name as one PascalCase identifier (SARIF's <c>name</c>): its title's words capitalised and joined,
    /// acronyms written as words ("HTML" → "Html"), one-letter words and punctuation left out.
    /// </summary>
    public static string NameOf(Rule rule)
    {
        var b = new StringBuilder();
        foreach (var word in rule.Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length < 2)
            {
                continue;
            }

            b.Append(char.ToUpperInvariant(letters[0])).Append(letters.Skip(1).All(c => !char.IsLower(c)) ? letters[1..].ToLowerInvariant() : letters[1..]);
        }

        return b.ToString();
    }

    /// <summary>The help as plain text: what the rule finds, why it matters, how to fix it, an example.</summary>
    public static string TextOf(Rule rule)
    {
        var b = new StringBuilder(rule.Description);
        Append(b, "Why it matters: ", rule.Rationale, "\n\n");
        Append(b, "How to fix: ", rule.Fix, "\n\n");
        Append(b, "Example: ", rule.Example is null ? null : Visible(rule.Example), "\n\n");
        return b.ToString();
    }

    /// <summary>The help as Markdown (SARIF's <c>help.markdown</c>), the same sections as <see cref="TextOf"/>.</summary>
    public static string MarkdownOf(Rule rule)
    {
        var b = new StringBuilder(rule.Description);
        Append(b, "**Why it matters.** ", rule.Rationale, "\n\n");
        Append(b, "**How to fix.** ", rule.Fix, "\n\n");
        if (rule.Example is not null)
        {
            b.Append("\n\n**Example.**\n\n").Append(CodeBlock(rule.Example));
        }

        return b.ToString();
    }

    /// <summary>The rule's page: its id and title, signal, default severity, the message a finding carries, and the help.</summary>
    public static string PageOf(Rule rule)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# {rule.Id}: {rule.Title}\n\n");
        b.Append(CultureInfo.InvariantCulture, $"| Signal | Default severity | SARIF name |\n|---|---|---|\n| {rule.Signal.ToName()} | {rule.DefaultSeverity.ToName()} | `{NameOf(rule)}` |\n\n");
        b.Append("## What it finds\n\n").Append(rule.Description).Append("\n\n");
        if (rule.Rationale is not null)
        {
            b.Append("## Why it matters\n\n").Append(rule.Rationale).Append("\n\n");
        }

        if (rule.Fix is not null)
        {
            b.Append("## How to fix it\n\n").Append(rule.Fix).Append("\n\n");
        }

        if (rule.Example is not null)
        {
            b.Append("## Example\n\n").Append(CodeBlock(rule.Example)).Append("\n\n");
        }

        b.Append("## The finding's message\n\n").Append(CodeBlock(rule.MessageFormat)).Append("\n\n");
        if (rule.MessageFormat.Contains('{', StringComparison.Ordinal))
        {
            b.Append("`{0}`, `{1}`, … stand for what the finding names (the text found, the repair, a figure).\n\n");
        }

        b.Append("This page is made by `sourcescore rules --docs docs/rules` from the rule's descriptor; edit the descriptor, not the page.\n");
        return b.ToString();
    }

    /// <summary>The index page of the rules folder: every rule with its signal, severity and title, linked to its page.</summary>
    public static string IndexOf(IEnumerable<Rule> rules)
    {
        var b = new StringBuilder("# Rules\n\nEvery rule the tool reports, with a page each. Made by `sourcescore rules --docs docs/rules` from the rules' descriptors.\n\n| Rule | Signal | Default severity | Title |\n|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            b.Append(CultureInfo.InvariantCulture, $"| [{rule.Id}]({FileNameOf(rule)}) | {rule.Signal.ToName()} | {rule.DefaultSeverity.ToName()} | {rule.Title} |\n");
        }

        return b.ToString();
    }

    private static void Append(StringBuilder b, string label, string? text, string separator)
    {
        if (text is not null)
        {
            b.Append(separator).Append(label).Append(text);
        }
    }

    /// <summary>A fenced block of the text, with invisible characters (controls, no-break spaces, tabs) written as <c>\uXXXX</c> escapes.</summary>
    private static string CodeBlock(string text) => "```text\n" + Visible(text) + "\n```";

    /// <summary>The text with invisible characters written as <c>\uXXXX</c> escapes (line breaks kept).</summary>
    private static string Visible(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c != '\n' && (char.IsControl(c) || c is '\u00A0' or '\uFFFD' || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            {
                b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
