using SourceScore.Cli.Commands;
using SourceScore.Cli.Output;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests.Sarif;

/// <summary>
/// <c>docs/rules/</c> holds one page per rule the tool reports, each exactly what <c>sourcescore rules --docs</c> makes
/// from the rule's descriptor: a rule without a page, a page without a rule, or a page edited by hand fails here.
/// </summary>
public sealed class RuleDocsTests
{
    private static readonly string s_folder = Path.Combine(TestPaths.RepoRoot, "docs", "rules");

    private static IReadOnlyList<Rule> AllRules() =>
        RulesCommand.AllRules(new CommandContext(() => Stream.Null, () => Stream.Null, TextWriter.Null, false, Scorer.CreateDefault));

    [Fact]
    public void Every_rule_has_its_page_as_the_descriptor_makes_it()
    {
        foreach (var rule in AllRules())
        {
            string page = Path.Combine(s_folder, RuleHelp.FileNameOf(rule));
            Assert.True(File.Exists(page), $"{rule.Id} has no page in docs/rules: run 'sourcescore rules --docs docs/rules'");
            Assert.True(File.ReadAllText(page) == RuleHelp.PageOf(rule), $"docs/rules/{rule.Id}.md differs from the rule's descriptor: run 'sourcescore rules --docs docs/rules'");
        }

        Assert.Equal(RuleHelp.IndexOf(AllRules()), File.ReadAllText(Path.Combine(s_folder, "README.md")));
    }

    [Fact]
    public void Every_page_has_a_rule()
    {
        var ids = AllRules().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var page in Directory.GetFiles(s_folder, "*.md").Where(p => Path.GetFileName(p) != "README.md"))
        {
            Assert.True(ids.Contains(Path.GetFileNameWithoutExtension(page)), $"{Path.GetFileName(page)} has no rule: delete it");
        }
    }

    [Fact]
    public void Every_rule_says_why_it_matters_how_to_fix_it_and_gives_an_example()
    {
        var rules = AllRules();
        Assert.Contains(rules, r => r.Signal == Signal.Agreement);
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale), $"{rule.Id} has no rationale");
            Assert.False(string.IsNullOrWhiteSpace(rule.Fix), $"{rule.Id} has no fix");
            Assert.False(string.IsNullOrWhiteSpace(rule.Example), $"{rule.Id} has no example");
        }
    }

    [Fact]
    public async Task The_rules_command_lists_every_rule_with_its_help()
    {
        var result = await CliRunner.RunAsync("rules", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(AllRules().Count, result.StdoutLines.Length);
        Assert.Contains(result.StdoutLines, l => l.Contains("\"rule\":\"SS4006\"", StringComparison.Ordinal) && l.Contains("\"help_uri\":", StringComparison.Ordinal) && l.Contains("\"fix\":", StringComparison.Ordinal));
    }
}
