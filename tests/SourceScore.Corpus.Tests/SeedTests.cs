using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SourceScore.Cli.Output;
using SourceScore.Testing;

namespace SourceScore.Corpus.Tests;

/// <summary>The five seed articles the project started from: every signal must behave sensibly on them.</summary>
public sealed class SeedTests
{
    private static readonly Scorer s_scorer = Scorer.CreateDefault();

    private static (Article Article, ArticleScore Score) Seed(string prefix)
    {
        var path = Directory.GetFiles(TestPaths.SeedsRoot, prefix + "_*.txt").Single();
        var article = Article.FromText(File.ReadAllText(path), Path.GetFileName(path));
        return (article, s_scorer.Score(article));
    }

    private static double MarkupRisk(ArticleScore score) => score.GetSignal(Signal.Markup)!.Risk!.Value;

    [Fact]
    public void Seed_001_is_garbled_with_findings_on_its_leaked_markup()
    {
        var (_, score) = Seed("001");
        Assert.True(MarkupRisk(score) >= 0.8, $"markup risk {MarkupRisk(score)}");
        var excerpts = score.Findings.Select(f => f.Excerpt).ToList();
        Assert.Contains(excerpts, e => e.Contains("< / li >", StringComparison.Ordinal));
        Assert.Contains(excerpts, e => e.Contains("tdstyle", StringComparison.Ordinal));
        Assert.Contains(excerpts, e => e.Contains("p >< b >", StringComparison.Ordinal));
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1010" && f.Excerpt.Contains("Engagement With Global Powers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void Clean_wire_reports_have_low_markup_risk_and_no_errors(string seed)
    {
        var (_, score) = Seed(seed);
        Assert.True(MarkupRisk(score) <= 0.15, $"markup risk {MarkupRisk(score)}");
        Assert.DoesNotContain(score.Findings, f => f.Rule.Signal == Signal.Markup && f.Severity == Severity.Error);
    }

    [Fact]
    public void Seed_004_has_a_boilerplate_finding_on_its_trailing_headline_list()
    {
        var (article, score) = Seed("004");
        int whereNext = article.Text.IndexOf("Where next?", StringComparison.Ordinal);
        int lastHeadline = article.Text.IndexOf("WFP requires $16.9 billion", StringComparison.Ordinal);
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1012" && f.Span.Start <= whereNext && f.Span.End > lastHeadline);
    }

    private static double MachineRisk(ArticleScore score) => score.GetSignal(Signal.Machine)!.Risk!.Value;

    [Fact]
    public void Seed_001_reads_as_machine_rewritten_with_findings_on_its_typos_and_swaps()
    {
        var (_, score) = Seed("001");
        Assert.True(MachineRisk(score) >= 0.8, $"machine risk {MachineRisk(score)}");
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS2003" && f.Excerpt == "teh" && f.Message.Contains("'the'", StringComparison.Ordinal));
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS2003" && f.Excerpt == "wiht" && f.Message.Contains("'with'", StringComparison.Ordinal));
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS2006" && f.Excerpt == "priorities,this");
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS2006" && f.Excerpt == "Sahel ,");
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS2004");
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS2002" && f.Excerpt.Contains("geopolitical", StringComparison.Ordinal));
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS2001");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void Human_reporting_has_low_machine_risk(string seed)
    {
        var (_, score) = Seed(seed);
        Assert.True(MachineRisk(score) <= 0.3, $"machine risk {MachineRisk(score)}");
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id == "SS2001");
    }

    [Fact]
    public void Seed_002_has_a_boilerplate_finding_on_its_sales_footer()
    {
        var (article, score) = Seed("002");
        int contact = article.Text.IndexOf("Contact us to find out", StringComparison.Ordinal);
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1011" && f.Span.Start == contact);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Seed_overall_scores_keep_the_wire_reports_reliable_and_the_spun_rewrite_unreliable_with_its_reasons(bool againstEachOther)
    {
        var paths = Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).ToArray();
        using var index = new CorpusIndex();
        var scorer = s_scorer;
        if (againstEachOther)
        {
            foreach (var path in paths)
            {
                index.Add(Article.FromText(File.ReadAllText(path), Path.GetFileName(path)));
            }

            scorer = Scorer.CreateDefault(index);
        }

        var scores = paths.ToDictionary(p => Path.GetFileName(p)[..3], p => scorer.Score(Article.FromText(File.ReadAllText(p), Path.GetFileName(p))));
        Assert.True(scores["000"].Overall >= 70, $"000: {scores["000"].Overall}");
        Assert.True(scores["003"].Overall >= 70, $"003: {scores["003"].Overall}");
        Assert.True(scores["001"].Overall <= 35, $"001: {scores["001"].Overall}");
        Assert.Equal(TrustBand.Unreliable, scores["001"].Band);

        var reasons = scores["001"].Reasons;
        Assert.Equal(100 - scores["001"].Overall!.Value, reasons.Sum(r => r.Points), 0.3);
        Assert.Equal([Signal.Markup, Signal.Machine], reasons.Take(2).Select(r => r.Signal).Order());
        Assert.All(reasons.Take(2), r => Assert.NotEmpty(r.TopFindings));
        Assert.Contains(reasons[0].TopFindings, f => f.Rule.Signal == reasons[0].Signal);
    }

    [Fact]
    public void Seed_scores_match_the_reviewed_snapshot()
    {
        var output = new StringBuilder();
        foreach (var path in Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal))
        {
            var article = Article.FromText(File.ReadAllText(path), Path.GetFileName(path));
            output.AppendLine(Record(article, s_scorer.Score(article)));
        }

        Snapshot.Verify("seeds", output.ToString());
    }

    [Fact]
    public void Example_scores_match_the_reviewed_snapshot()
    {
        var output = new StringBuilder();
        foreach (var name in new[] { "clean.txt", "damaged.txt", "article.html" })
        {
            var path = Path.Combine(TestPaths.RepoRoot, "examples", name);
            var content = File.ReadAllText(path);
            var article = name.EndsWith(".html", StringComparison.Ordinal) ? Article.FromHtml(content, name) : Article.FromText(content, name);
            output.AppendLine(Record(article, s_scorer.Score(article)));
        }

        Snapshot.Verify("examples", output.ToString());
    }

    private static string Record(Article article, ArticleScore score)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonlScoreWriter.WriteRecord(writer, article, score, includeText: false);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
