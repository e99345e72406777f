using SourceScore.Testing;

namespace SourceScore.Tests;

/// <summary>Runs the markup checks on marked text and asserts the exact rule and spans.</summary>
internal static class CheckAssert
{
    private static readonly Scorer s_scorer = new ScorerBuilder().UseMarkupChecks().Build();

    public static IReadOnlyList<Finding> Findings(string text) =>
        s_scorer.FindingsOf(Article.FromText(text));

    /// <summary>Asserts that <paramref name="rule"/> is reported exactly at the marked spans (other rules are ignored).</summary>
    public static void Reports(Rule rule, string marked)
    {
        var (text, expected) = MarkedText.Parse(marked);
        var actual = Findings(text).Where(f => f.Rule == rule).Select(f => f.Span).OrderBy(s => s.Start).ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"{rule.Id} expected at [{string.Join(", ", expected.Select(s => Show(text, s)))}] but was at [{string.Join(", ", actual.Select(s => Show(text, s)))}]");
    }

    /// <summary>Asserts that no markup rule at all fires on the text.</summary>
    public static void Silent(string text)
    {
        var findings = Findings(text);
        Assert.True(findings.Count == 0, "expected no findings but got: " + string.Join("; ", findings.Select(f => $"{f.Rule.Id} '{f.Excerpt}'")));
    }

    private static string Show(string text, TextSpan s) => $"{s.Start}+{s.Length} '{text.Substring(s.Start, s.Length)}'";
}
