using SourceScore.Testing;

namespace SourceScore.Tests.Configuration;

/// <summary>The editor's <c>&lt;!-- sourcescore-disable-next-line … --&gt;</c> in text and HTML drafts.</summary>
public sealed class InlineSuppressionTests
{
    private static readonly Scorer s_scorer = Scorer.CreateDefault();

    private static string Seed003Lines(int from, int to) =>
        string.Join('\n', File.ReadAllLines(Directory.GetFiles(TestPaths.SeedsRoot, "003_*.txt").Single())[from..to]);

    private static string Draft(string marker) => Seed003Lines(0, 3) + "\n" + marker + "\n" + Seed003Lines(3, 11) + "\n";

    [Fact]
    public void A_suppressed_finding_is_kept_as_suppressed_and_counts_nowhere()
    {
        var plain = s_scorer.Score(Article.FromText(Draft(string.Empty), "draft.md"));
        var marked = s_scorer.Score(Article.FromText(Draft("<!-- sourcescore-disable-next-line SS3001 -- the ministry confirmed it -->"), "draft.md"));

        var target = Assert.Single(plain.Findings, f => f.Rule.Id == "SS3001" && f.Position.Line == 5);
        var suppressed = Assert.Single(marked.SuppressedFindings);
        Assert.Equal("SS3001", suppressed.Rule.Id);
        Assert.True(suppressed.Suppressed);
        Assert.Equal("the ministry confirmed it", suppressed.Justification);
        Assert.Equal(target.Message, suppressed.Message);
        Assert.DoesNotContain(marked.Findings, f => f.Position.Line == 5 && f.Rule.Id == "SS3001");

        // Not leaked markup, and the claim no longer counts as unsupported.
        Assert.DoesNotContain(marked.Findings, f => f.Rule.Signal == Signal.Markup);
        int Unsupported(ArticleScore s) => s.GetSignal(Signal.Claims)!.Counts.Single(c => c.Name == "unsupported").Value;
        Assert.Equal(Unsupported(plain) - 1, Unsupported(marked));
        Assert.True(marked.Overall > plain.Overall);
        Assert.Empty(plain.SuppressedFindings);
    }

    [Fact]
    public void A_marker_suppresses_only_the_rules_it_names_and_all_when_it_names_none()
    {
        var other = s_scorer.Score(Article.FromText(Draft("<!-- sourcescore-disable-next-line SS3002 -->"), "draft.md"));
        var all = s_scorer.Score(Article.FromText(Draft("<!-- sourcescore-disable-next-line -->"), "draft.md"));

        Assert.Contains(other.Findings, f => f.Rule.Id == "SS3001" && f.Position.Line == 5);
        Assert.Empty(other.SuppressedFindings);
        Assert.Contains(all.SuppressedFindings, f => f.Rule.Id == "SS3001" && f.Position.Line == 5);
        Assert.DoesNotContain(all.Findings, f => f.Position.Line == 5);
    }

    [Fact]
    public void In_HTML_the_comment_suppresses_the_paragraph_after_it()
    {
        const string page = "<html><body><article><h1>Sahel alliance</h1>"
            + "{0}<p>The battalion is expected to have 5,000 personnel and will be the largest force ever seen in the region.</p>"
            + "<p>BAMAKO, Mali — The head of an alliance of Mali, Burkina Faso and Niger declared Tuesday that a joint battalion must be followed by operations.</p>"
            + "<p>Ulf Laessing, head of the Sahel program at the Konrad Adenauer Foundation, said the summit showed growing collaboration.</p>"
            + "</article></body></html>";
        var plain = s_scorer.Score(Article.FromHtml(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, string.Empty), "draft.html"));
        var marked = s_scorer.Score(Article.FromHtml(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "<!-- sourcescore-disable-next-line SS3001 -- confirmed by the ministry -->"), "draft.html"));

        var target = Assert.Single(plain.Findings, f => f.Rule.Id == "SS3001");
        var suppressed = Assert.Single(marked.SuppressedFindings);
        Assert.Equal(target.Span, suppressed.Span);
        Assert.Equal("confirmed by the ministry", suppressed.Justification);
        Assert.DoesNotContain(marked.Findings, f => f.Rule.Id == "SS3001");
    }

    [Fact]
    public void A_marker_before_a_list_item_suppresses_a_finding_that_starts_at_the_item_marker()
    {
        string seed = File.ReadAllText(Directory.GetFiles(TestPaths.SeedsRoot, "002_*.txt").Single());
        var plain = s_scorer.Score(Article.FromText(seed, "002.md"));
        var target = plain.Findings.First(f => f.Rule.Id == "SS3001" && f.Excerpt.StartsWith("- ", StringComparison.Ordinal));
        var lines = seed.Split('\n').ToList();
        lines.Insert(target.Position.Line - 1, "<!-- sourcescore-disable-next-line SS3001 -->");

        var marked = s_scorer.Score(Article.FromText(string.Join('\n', lines), "002.md"));

        Assert.Contains(marked.SuppressedFindings, f => f.Rule.Id == "SS3001" && f.Excerpt == target.Excerpt);
        Assert.DoesNotContain(marked.Findings, f => f.Rule.Id == "SS3001" && f.Excerpt == target.Excerpt);
    }
}
