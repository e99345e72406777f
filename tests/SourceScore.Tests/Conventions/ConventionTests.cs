using System.Text.RegularExpressions;
using SourceScore.Signals.Agreement;
using SourceScore.Signals.Claims;
using SourceScore.Signals.Machine;
using SourceScore.Signals.Markup;
using SourceScore.Signals.Source;

namespace SourceScore.Tests.Conventions;

public sealed partial class ConventionTests
{
    private static readonly IReadOnlyList<Rule> s_allRules = [.. MarkupRules.All, .. MachineRules.All, .. ClaimRules.All, .. AgreementRules.All, .. SourceRules.All];

    [Fact]
    public void Rule_ids_are_unique()
        => Assert.Equal(s_allRules.Count, s_allRules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Rule_ids_are_in_their_signal_range()
        => Assert.All(s_allRules, r => Assert.Equal((char)('0' + (int)r.Signal), r.Id[2]));

    [Fact]
    public void Default_scorer_declares_every_rule()
        => Assert.Equal(s_allRules.Select(r => r.Id).Order(StringComparer.Ordinal), Scorer.CreateDefault(new CorpusIndex()).Rules.Select(r => r.Id));

    [Fact]
    public void Every_rule_is_documented_in_the_rules_files()
    {
        string docs = File.ReadAllText(Path.Combine(Testing.TestPaths.RepoRoot, "src", "SourceScore", "Rules.Shipped.md"))
            + File.ReadAllText(Path.Combine(Testing.TestPaths.RepoRoot, "src", "SourceScore", "Rules.Unshipped.md"));
        var documented = RuleRow().Matches(docs).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(s_allRules, r => Assert.Contains(r.Id, documented));
        Assert.All(documented, id => Assert.Contains(s_allRules, r => r.Id == id));
    }

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        var open = typeof(Article).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void Messages_format_with_their_documented_arguments()
    {
        foreach (var rule in s_allRules)
        {
            int args = ArgumentIndex().Matches(rule.MessageFormat).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
            var message = rule.FormatMessage(Enumerable.Range(0, args).Select(i => (object?)i).ToArray());
            Assert.False(string.IsNullOrWhiteSpace(message));
        }
    }

    [Fact]
    public void Rule_rejects_an_id_outside_its_range()
        => Assert.Throws<ArgumentException>(() => new Rule("SS2001", Signal.Markup, "t", "m", Severity.Info, "d"));

    [GeneratedRegex(@"^\|\s*(SS\d{4})\s*\|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex ArgumentIndex();
}
