using System.Globalization;

namespace SourceScore.Training;

/// <summary>
/// How well the story index finds other coverage of a story (<c>eval-index</c>): every FNC-1 body indexed as its own
/// source, then each looked up. Two bodies are the same story when one headline is related to both (agrees, disagrees or
/// discusses); a same-story pair is found when either body's lookup returns the other at the default
/// <see cref="CorpusIndexOptions.MinSimilarity"/>. Reports the share of same-story pairs found and the other-story
/// articles a lookup returns on average.
/// </summary>
public static class IndexEvaluator
{
    /// <summary>Related articles asked of each lookup: more than any FNC-1 story has bodies.</summary>
    private const int MaxResults = 64;

    public static (double Recall, double OtherStory, int Pairs, int Bodies) Measure(string dataRoot)
    {
        var bodies = DataSets.FncBodies(dataRoot);
        var sameStory = new HashSet<(int, int)>();
        foreach (var ids in DataSets.FncStories(dataRoot).Values)
        {
            foreach (int a in ids)
            {
                foreach (int b in ids.GetViewBetween(a + 1, int.MaxValue))
                {
                    sameStory.Add((a, b));
                }
            }
        }

        using var index = new CorpusIndex();
        var articles = bodies.OrderBy(b => b.Key).Select(b => Article.FromText(b.Value, b.Key.ToString(CultureInfo.InvariantCulture), "body-" + b.Key)).ToList();
        foreach (var article in articles)
        {
            index.Add(article);
        }

        var found = new HashSet<(int, int)>();
        long otherStory = 0;
        foreach (var article in articles)
        {
            foreach (var hit in index.FindRelated(article, MaxResults))
            {
                int a = int.Parse(article.Id, CultureInfo.InvariantCulture), b = int.Parse(hit.Id, CultureInfo.InvariantCulture);
                var pair = a < b ? (a, b) : (b, a);
                if (sameStory.Contains(pair))
                {
                    found.Add(pair);
                }
                else
                {
                    otherStory++;
                }
            }
        }

        return (found.Count / (double)Math.Max(1, sameStory.Count), otherStory / (double)Math.Max(1, articles.Count), sameStory.Count, articles.Count);
    }

    public static int Run(string dataRoot, TextWriter log)
    {
        var (recall, other, pairs, bodies) = Measure(dataRoot);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"story index on {bodies} FNC-1 bodies, MinSimilarity {CorpusIndexOptions.Default.MinSimilarity}: {recall:P1} of {pairs} same-story pairs found ({Math.Round(recall * pairs)}); {other:F2} other-story articles returned per lookup"));
        return 0;
    }
}
