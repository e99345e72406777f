using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// The story index on the FNC-1 bodies (<c>eval-index</c>, docs/figures.md): the bounds hold the figures of 2026-12-04
/// (87.5 % of same-story pairs found, 4.4 other-story articles a lookup) so that they cannot fall unseen.
/// </summary>
public sealed class StoryIndexCorpusTests
{
    [Fact]
    public void Most_same_story_pairs_are_found_with_few_other_stories()
    {
        var (recall, otherStory, pairs, bodies) = IndexEvaluator.Measure(TestPaths.DataRoot);
        Assert.True(bodies > 1600, $"{bodies} bodies");
        Assert.True(pairs > 10_000, $"{pairs} same-story pairs");
        Assert.True(recall >= 0.86, $"same-story pairs found {recall:P1}");
        Assert.True(otherStory <= 5, $"other-story articles a lookup {otherStory:F2}");
    }
}
