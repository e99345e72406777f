using System.Text.RegularExpressions;
using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// Copies and rewrites as users meet them (issue 37): each derived text scored through <see cref="Scorer.Score"/> after its
/// original was indexed from another source, on the held-out half of the story groups (<c>-- eval-copies</c>,
/// docs/copies.md). The bounds hold the figures of 2026-12-04 (the copy model, models/copy-v1.md): issue 37 asks 90 %
/// of language-model rewrites and at most 2 % of independent same-event pairs.
/// </summary>
public sealed class CopyDetectionCorpusTests
{
    private static readonly Lazy<SortedDictionary<string, CopyEvaluator.KindStats>> s_heldOut = new(() =>
        CopyEvaluator.ThroughScorer(CopyEvaluator.Pairs(TestPaths.DataRoot, Path.Combine(TestPaths.RepoRoot, "models"), TextWriter.Null)
            .Where(p => DataSets.IsHeldOut(p.Group, "copies"))));

    private static double Named(string kind) => s_heldOut.Value[kind].Named / (double)s_heldOut.Value[kind].Count;

    [Theory]
    [InlineData("spun", 0.95)]
    [InlineData("paraphrase-spun", 0.95)]
    [InlineData("reprint", 0.95)]
    [InlineData("credited-reprint", 0.95)]
    [InlineData("rewrite:GPT-4o", 0.9)]
    [InlineData("rewrite:GPT-3-Turbo", 0.9)]
    [InlineData("rewrite:Llama-3-70B", 0.9)]
    [InlineData("rewrite:Gemini-1.5-Pro", 0.6)]
    public void Copies_and_rewrites_get_a_finding_naming_their_original(string kind, double floor)
    {
        var stats = s_heldOut.Value[kind];
        Assert.True(stats.Count >= 20, $"{stats.Count} {kind} texts");
        Assert.True(Named(kind) >= floor, $"{kind}: {Named(kind):P1} named the original (floor {floor:P0})");
        Assert.Equal(stats.Named, stats.Located);
    }

    [Fact]
    public void Nine_language_model_rewrites_in_ten_get_a_finding_naming_their_original()
    {
        var rewrites = s_heldOut.Value.Where(k => k.Key.StartsWith("rewrite:", StringComparison.Ordinal)).Select(k => k.Value).ToList();
        int named = rewrites.Sum(s => s.Named), count = rewrites.Sum(s => s.Count);
        Assert.True(count >= 100, $"{count} rewrites");
        Assert.True(named >= 0.9 * count, $"{named} of {count} language-model rewrites named their original ({named / (double)count:P1}; 91.5 % on 2026-12-04)");
    }

    [Fact]
    public void Rewrites_by_several_mills_of_one_article_each_name_the_article_not_the_mill_before()
    {
        // As a user meets it: every held-out original indexed first, then every rewrite scored in turn (and added), each
        // generator its own source, so a rewrite finds the other generators' rewrites of its article beside the article.
        var rewrites = CopyEvaluator.Pairs(TestPaths.DataRoot, Path.Combine(TestPaths.RepoRoot, "models"), TextWriter.Null)
            .Where(p => p.Kind.StartsWith("rewrite:", StringComparison.Ordinal) && DataSets.IsHeldOut(p.Group, "copies")).ToList();
        using var index = new CorpusIndex();
        foreach (var (group, text) in rewrites.Select(p => (p.Group, p.Original)).Distinct())
        {
            index.Add(Article.FromText(text, "original-" + group, "bbc.co.uk"));
        }

        var scorer = new ScorerBuilder().UseDefaultChecks().UseAgreementChecks(index).Build();
        int named = 0;
        for (int i = 0; i < rewrites.Count; i++)
        {
            var p = rewrites[i];
            var score = scorer.Score(Article.FromText(p.Derived, $"rewrite-{i}", p.Kind["rewrite:".Length..].ToLowerInvariant() + ".example"));
            named += score.CopiedFrom?.Id == "original-" + p.Group ? 1 : 0;
        }

        Assert.True(rewrites.Count >= 100, $"{rewrites.Count} rewrites");
        Assert.True(named >= 0.9 * rewrites.Count, $"{named} of {rewrites.Count} rewrites named their original (97 of 106 on 2026-12-04; 69 of 108 before a copy's copy led back to the original)");
    }

    [Fact]
    public void Each_kind_of_copy_gets_its_rule()
    {
        var v = s_heldOut.Value;
        Assert.True(v["reprint"].NearCopy >= v["reprint"].Named - 1, "reprints are near-copies (SS4005)");
        Assert.True(v["credited-reprint"].Credited >= v["credited-reprint"].Named - 1, "credited reprints are syndication (SS4007)");
        Assert.True(v["spun"].Reworded >= v["spun"].Named * 0.9, "spun texts are reworded copies (SS4006)");
    }

    [Fact]
    public void Independent_coverage_of_one_event_is_seldom_taken_for_a_copy()
    {
        var fnc = s_heldOut.Value["fnc1-same-event"];
        Assert.True(fnc.Count >= 4000, $"{fnc.Count} pairs");
        Assert.True(fnc.Named / (double)fnc.Count <= 0.02, $"{fnc.Named / (double)fnc.Count:P2} of same-event FNC-1 pairs flagged (1.9 % on 2026-12-04)");
        Assert.Equal(0, s_heldOut.Value["seeds"].Named);
    }

    private static Article Seed(string prefix, string source)
    {
        var path = Directory.GetFiles(TestPaths.SeedsRoot, prefix + "_*.txt").Single();
        return Article.FromText(File.ReadAllText(path), Path.GetFileName(path), source);
    }

    [Fact]
    public void No_seed_is_a_copy_of_another()
    {
        using var index = new CorpusIndex();
        var scorer = new ScorerBuilder().UseDefaultChecks().UseAgreementChecks(index).Build();
        foreach (var (seed, source) in new[] { ("000", "a.example"), ("002", "b.example"), ("003", "c.example"), ("004", "d.example") })
        {
            var score = scorer.Score(Seed(seed, source));
            Assert.Null(score.CopiedFrom);
            Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS4005" or "SS4006" or "SS4007");
        }
    }

    /// <summary>Common words a spinner swaps, each for a synonym (whole words, the case of the first letter kept).</summary>
    private static readonly Dictionary<string, string> s_swaps = new(StringComparer.Ordinal)
    {
        ["declared"] = "announced", ["launch"] = "start", ["region"] = "area", ["deadly"] = "lethal", ["leader"] = "chief",
        ["details"] = "specifics", ["comments"] = "remarks", ["named"] = "appointed", ["formed"] = "founded", ["affected"] = "hit",
        ["vast"] = "huge", ["agreed"] = "decided", ["boost"] = "strengthen", ["ties"] = "links", ["expected"] = "set",
        ["said"] = "stated", ["added"] = "continued", ["turned"] = "switched", ["major"] = "key", ["shows"] = "demonstrates",
        ["growing"] = "increasing", ["despite"] = "in spite of", ["trying"] = "attempting", ["keep"] = "maintain", ["coming"] = "next",
    };

    [Fact]
    public void A_rewrite_of_seed_003_scored_after_it_is_a_copy_and_not_a_corroboration()
    {
        var original = Seed("003", "apnews.com");
        string rewrite = Regex.Replace(original.Text, @"\b[A-Za-z]+\b",
            m => s_swaps.TryGetValue(m.Value.ToLowerInvariant(), out var s) ? (char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s) : m.Value,
            RegexOptions.None, TimeSpan.FromSeconds(5));
        using var index = new CorpusIndex();
        var scorer = new ScorerBuilder().UseDefaultChecks().UseAgreementChecks(index).Build();
        scorer.Score(Seed("000", "aljazeera.com"));
        scorer.Score(original);
        var score = scorer.Score(Article.FromText(rewrite, "rewrite-of-003", "mill.example"));

        Assert.Equal(original.Id, score.CopiedFrom?.Id);
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS4006" && f.Message.Contains(original.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS4001" or "SS4002" or "SS4003" && f.Message.Contains(original.Id, StringComparison.Ordinal));
        // Only seed 000, an independent report, is related coverage.
        Assert.Equal(1, score.GetSignal(Signal.Agreement)!.Counts.Single(c => c.Name == "related").Value);
        Assert.True(score.GetSignal(Signal.Agreement)!.Risk >= 0.5);
    }
}
