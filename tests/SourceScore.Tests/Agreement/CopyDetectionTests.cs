using SourceScore.Signals.Agreement;
using SourceScore.Testing;

namespace SourceScore.Tests.Agreement;

/// <summary>
/// Copy detection through the scorer: an original indexed from one source, then a reprint, a reworded copy, a
/// credited copy and independent coverage of the same (invented) event scored from others.
/// </summary>
public sealed class CopyDetectionTests
{
    private const string Original = CopyStories.Original;
    private const string Reworded = CopyStories.Reworded;
    private const string Independent = CopyStories.Independent;

    private static (ArticleScore Score, CorpusIndex Index) ScoreAfter(string original, string text, string source = "mill.example", AgreementOptions? options = null,
        Action<ScorerBuilder>? configure = null, DateTimeOffset? originalPublished = null, DateTimeOffset? published = null)
    {
        var index = new CorpusIndex();
        index.Add(Article.FromText(original, "wire-1", "wire.example", published: originalPublished));
        var builder = new ScorerBuilder().UseAgreementChecks(index, options ?? new AgreementOptions { AddScoredArticles = false });
        configure?.Invoke(builder);
        return (builder.Build().Score(Article.FromText(text, "copy-1", source, published: published)), index);
    }

    [Fact]
    public void A_reprint_without_credit_is_an_uncredited_near_copy_with_its_passages_located()
    {
        string reprint = Original + "Share this story.\n";
        var (score, index) = ScoreAfter(Original, reprint);
        using var _ = index;
        var copy = Assert.IsType<CopyOrigin>(score.CopiedFrom);
        Assert.Equal(("wire-1", "wire.example", CopyKind.NearCopy, false), (copy.Id, copy.Source, copy.Kind, copy.Credited));
        Assert.True(copy.Share >= 0.9, $"share {copy.Share}");
        var passage = Assert.Single(copy.Passages);
        Assert.Equal(0, passage.Span.Start);
        Assert.Equal(0, passage.Original.Start);
        Assert.Equal(Original.TrimEnd().Length, passage.Original.End);
        var finding = Assert.Single(score.Findings, f => f.Rule.Id == "SS4005");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("wire-1 (wire.example)", finding.Message, StringComparison.Ordinal);
        Assert.True(score.GetSignal(Signal.Agreement)!.Risk >= AgreementSignalEvaluator.UncreditedCopyRisk);
    }

    [Fact]
    public void A_synonym_swapped_copy_is_a_reworded_copy_and_not_corroboration()
    {
        var (score, index) = ScoreAfter(Original, Reworded);
        using var _ = index;
        var copy = Assert.IsType<CopyOrigin>(score.CopiedFrom);
        Assert.Equal(CopyKind.Reworded, copy.Kind);
        Assert.True(copy.Share >= 0.8, $"share {copy.Share}");
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS4006" && f.Severity == Severity.Warning);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id == "SS4002");

        // The original was the only related article: nothing independent is left to confirm or dispute the claims.
        var agreement = score.GetSignal(Signal.Agreement)!;
        Assert.Equal(0, agreement.Counts.Single(c => c.Name == "related").Value);
        Assert.Equal(AgreementSignalEvaluator.UncreditedCopyRisk, agreement.Risk);

        // Each passage's original span is the original's sentences the passage retells.
        foreach (var passage in copy.Passages)
        {
            Assert.InRange(passage.Original.End, 1, Original.Length);
            Assert.Contains("Porthaven", Reworded.Substring(passage.Span.Start, passage.Span.Length) + Original.Substring(passage.Original.Start, passage.Original.Length), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_copy_that_credits_its_source_is_syndication_and_costs_nothing()
    {
        var (score, index) = ScoreAfter(Original, Original + "This story first appeared on Wire.\n");
        using var _ = index;
        Assert.True(score.CopiedFrom!.Credited);
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS4007" && f.Severity == Severity.Info);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS4005" or "SS4006");
        Assert.Null(score.GetSignal(Signal.Agreement)!.Risk); // nothing independent known, and no cost
    }

    [Fact]
    public void Independent_coverage_of_the_same_event_is_no_copy()
    {
        var (score, index) = ScoreAfter(Original, Independent);
        using var _ = index;
        Assert.Null(score.CopiedFrom);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS4005" or "SS4006" or "SS4007");
        Assert.Equal(1, score.GetSignal(Signal.Agreement)!.Counts.Single(c => c.Name == "related").Value);
    }

    [Fact]
    public void An_article_published_before_the_other_is_not_its_copy()
    {
        var day = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var (score, index) = ScoreAfter(Original, Reworded, originalPublished: day.AddHours(3), published: day);
        using var _ = index;
        Assert.Null(score.CopiedFrom);
    }

    [Fact]
    public void Copy_detection_can_be_switched_off_and_its_rules_suppressed()
    {
        var (off, offIndex) = ScoreAfter(Original, Reworded, options: new AgreementOptions { AddScoredArticles = false, DetectCopies = false });
        using (offIndex)
        {
            Assert.Null(off.CopiedFrom);
            Assert.Equal(1, off.GetSignal(Signal.Agreement)!.Counts.Single(c => c.Name == "related").Value); // the original counts as other coverage, as it did before
        }

        var (suppressed, index) = ScoreAfter(Original, Reworded, configure: b => b.Suppress("SS4006"));
        using var _ = index;
        Assert.NotNull(suppressed.CopiedFrom);
        Assert.DoesNotContain(suppressed.Findings, f => f.Rule.Id == "SS4006");
        Assert.Null(suppressed.GetSignal(Signal.Agreement)!.Risk);
    }

    [Fact]
    public void A_rewrite_counts_only_the_independent_coverage_as_related()
    {
        using var index = new CorpusIndex();
        index.Add(Article.FromText(Original, "wire-1", "wire.example"));
        index.Add(Article.FromText(Independent, "local-1", "local.example"));
        var scorer = new ScorerBuilder().UseAgreementChecks(index, new AgreementOptions { AddScoredArticles = false }).Build();
        var score = scorer.Score(Article.FromText(Reworded, "copy-1", "mill.example"));
        Assert.Equal("wire-1", score.CopiedFrom!.Id);
        Assert.Equal(1, score.GetSignal(Signal.Agreement)!.Counts.Single(c => c.Name == "related").Value);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS4001" or "SS4002" or "SS4003" && f.Message.Contains("wire-1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(8, 9, "wire-1")] // the wire report first, the first mill's rewrite after it: the wire report is the original
    [InlineData(10, 9, "mill-a-1")] // the "report" came after the rewrite: the rewrite is what was copied
    public void A_copy_of_a_copy_names_the_earlier_article_both_are_derived_from(int originalHour, int rewriteHour, string expected)
    {
        var day = new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);
        using var index = new CorpusIndex();
        var scorer = new ScorerBuilder().UseAgreementChecks(index).Build();
        scorer.Score(Article.FromText(Original, "wire-1", "wire.example", published: day.AddHours(originalHour)));
        scorer.Score(Article.FromText(Reworded, "mill-a-1", "mill-a.example", published: day.AddHours(rewriteHour)));

        // A second mill reprints the first mill's rewrite, its last sentence cut.
        string reprint = Reworded[..Reworded.TrimEnd().LastIndexOf('\n')] + "\n";
        var score = scorer.Score(Article.FromText(reprint, "mill-b-1", "mill-b.example", published: day.AddHours(11)));

        Assert.Equal(expected, score.CopiedFrom?.Id);
        Assert.Equal(0, score.GetSignal(Signal.Agreement)!.Counts.Single(c => c.Name == "related").Value); // neither is independent coverage
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS4001" or "SS4002" or "SS4003");
    }

    [Theory]
    [InlineData("www.bbc.co.uk", "bbc")]
    [InlineData("reuters.com", "Reuters")]
    [InlineData("apnews.com", "Associated Press")]
    [InlineData("Porthaven Gazette", "Porthaven Gazette")]
    public void A_source_is_known_by_the_names_it_goes_by_in_a_text(string source, string name) =>
        Assert.Contains(name, CopyCredit.NamesOf(source));

    [Theory]
    [InlineData("The strike began on Monday, the Associated Press reported.", "apnews.com", true)]
    [InlineData("This article was originally published by a partner site.", "", true)]
    [InlineData("The strike began on Monday, the union said.", "apnews.com", false)]
    [InlineData("Reprints of the photograph were sold out.", "reuters.com", false)]
    public void Credit_is_a_named_source_or_a_republication_line(string text, string source, bool credited) =>
        Assert.Equal(credited, CopyCredit.Credits(text, source));

    [Fact]
    public void Hostile_sizes_are_aligned_within_the_print_bounds()
    {
        // A million characters of one-word sentences and one sentence of 200,000 words: the prints keep at most
        // CopyPrint.MaxSentences sentences of CopyPrint.MaxKeys keys, so alignment stays small whatever the input.
        string manySentences = string.Concat(Enumerable.Range(0, 140_000).Select(i => $"Word{i % 977}. "));
        string oneSentence = string.Join(' ', Enumerable.Range(0, 200_000).Select(i => $"term{i % 5003}")) + ".";
        foreach (var (text, copy) in new[] { (manySentences, true), (oneSentence, false) })
        {
            var print = Article.FromText(text).Views.CopyPrint;
            Assert.InRange(print.Count, 1, Index.CopyPrint.MaxSentences);
            Assert.True(print.Keys.Length <= Index.CopyPrint.MaxSentences * Index.CopyPrint.MaxKeys);
            var (score, index) = ScoreAfter(text, text);
            using var _ = index;
            Assert.NotNull(score.Overall);

            // A copy needs two sentences retold at least: one sentence, however long, is never called a copy.
            Assert.Equal(copy ? "wire-1" : null, score.CopiedFrom?.Id);
        }
    }
}
