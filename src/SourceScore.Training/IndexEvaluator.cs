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
        var bodies = DataSets.ReadJsonl(Path.Combine(dataRoot, "fnc1", "train_bodies.jsonl"))
            .Select(r => (Id: r.GetProperty("body_id").ToString(), Text: r.GetProperty("body").GetString()!))
            .ToList();
        var related = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in DataSets.ReadJsonl(Path.Combine(dataRoot, "fnc1", "train_stances.jsonl")))
        {
            if (row.GetProperty("stance").GetString() == "unrelated")
            {
                continue;
            }

            string headline = row.GetProperty("headline").GetString()!;
            if (!related.TryGetValue(headline, out var list))
            {
                related[headline] = list = [];
            }

            list.Add(row.GetProperty("body_id").ToString());
        }

        var sameStory = new HashSet<(string, string)>();
        foreach (var ids in related.Values)
        {
            var distinct = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < distinct.Count; i++)
            {
                for (int j = i + 1; j < distinct.Count; j++)
                {
                    sameStory.Add((distinct[i], distinct[j]));
                }
            }
        }

        using var index = new CorpusIndex();
        var articles = bodies.Select(b => Article.FromText(b.Text, b.Id, "body-" + b.Id)).ToList();
        foreach (var article in articles)
        {
            index.Add(article);
        }

        var found = new HashSet<(string, string)>();
        long otherStory = 0;
        foreach (var article in articles)
        {
            foreach (var hit in index.FindRelated(article, MaxResults))
            {
                var pair = string.CompareOrdinal(article.Id, hit.Id) < 0 ? (article.Id, hit.Id) : (hit.Id, article.Id);
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
