using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// The source ledger on a mixed feed (issues 6 and 35, 25 points asked; 36.6 with the weights of overall-v1, 2026-12-03): held-out human news from one source against held-out LLM-written
/// news and spun and garbled copies from another, none of it seen by any model or by the weights' calibration.
/// </summary>
public sealed class MixedFeedTests
{
    [Fact]
    public void A_source_of_machine_written_spun_and_garbled_news_ends_at_least_25_points_below_a_human_news_source()
    {
        var scorer = Scorer.CreateDefault();
        var articles = OverallCalibrator.Articles(TestPaths.DataRoot, Path.Combine(TestPaths.RepoRoot, "models"))
            .Where(a => OverallCalibrator.IsReporting(a.Group) && a.Kind is "human" or "machine" or "spun" or "damaged")
            .AsParallel().AsOrdered()
            .Select(a => (a.Group, a.Kind, Score: scorer.Score(a.Article)))
            .ToList();
        Assert.Contains(articles, a => a.Kind == "machine");
        Assert.Contains(articles, a => a.Kind == "spun");
        Assert.Contains(articles, a => a.Kind == "damaged");

        var records = OverallCalibrator.MixedFeed(articles);
        Assert.Equal(2, records.Count);
        Assert.Equal("human-news.example", records[0].Source);
        Assert.Equal("mixed-machine.example", records[1].Source);
        double gap = records[0].Credibility - records[1].Credibility;
        Assert.True(gap >= 25, $"gap {gap:0.0} ({records[0].Credibility:0.0} vs {records[1].Credibility:0.0})");
    }
}
