using System.Globalization;

namespace SourceScore.Training;

/// <summary>
/// Measures the article-facts rules (SS5005–SS5008) on what ../shared/data can tell about them:
/// <list type="bullet">
/// <item>SS5007 (opinion not labelled): its firing rate on human news reports (machine_news human side, FNC-1
/// bodies, article-extraction bodies) is its false-alarm rate; tuned on the 80 % tuning part by key, reported on
/// the held-out 20 %. Its hit rate is shown on the pages whose address files them under opinion.</item>
/// <item>SS5008 (headline not supported): on FNC-1 pairs of the stance model's own held-out stories, how often it
/// fires for each true stance (it should for unrelated and disagree, not for agree and discuss); and on the real
/// headline and body of every article-extraction page, where any firing is a false alarm.</item>
/// <item>SS5005 and SS5006 (no byline, no date): how often real pages carry the mark in metadata or text.</item>
/// </list>
/// </summary>
internal static class FactsEvaluator
{
    public static int Run(string dataRoot, TextWriter log, bool show)
    {
        var scorer = new ScorerBuilder().UseClaimsChecks().UseSourceChecks().Build();

        // SS5007 on human news: the firing rate is the false-alarm rate.
        var tuning = new int[2];
        var heldOut = new int[2];
        foreach (var (key, _, text) in DataSets.CleanNews(dataRoot))
        {
            bool fired = Fires(scorer, Article.FromText(text, key), "SS5007");
            var counts = DataSets.IsHeldOut(key, "facts") ? heldOut : tuning;
            counts[0]++;
            counts[1] += fired ? 1 : 0;
            if (show && fired && !DataSets.IsHeldOut(key, "facts"))
            {
                log.WriteLine($"  SS5007 on news {key}: {Shorten(text)}");
            }
        }

        log.WriteLine(Rate("SS5007 (opinion not labelled) on human news, tuning", tuning[1], tuning[0]));
        log.WriteLine(Rate("SS5007 (opinion not labelled) on human news, held out", heldOut[1], heldOut[0]));

        // Pages: marks found, opinion pages read without their label, and real headlines against their bodies.
        int pages = 0, bylines = 0, dates = 0, headlineFired = 0, opinionPages = 0, opinionHits = 0;
        foreach (var row in DataSets.ReadJsonl(Path.Combine(dataRoot, "article_extraction", "dev.jsonl.gz")))
        {
            string url = row.GetProperty("url").GetString()!;
            var page = Article.FromHtml(row.GetProperty("html").GetString()!, row.GetProperty("id").GetString()!, url: url);
            var findings = scorer.Score(page).Findings;
            pages++;
            bylines += findings.Any(f => f.Rule.Id == "SS5005") ? 0 : 1;
            dates += findings.Any(f => f.Rule.Id == "SS5006") ? 0 : 1;
            bool headline = findings.Any(f => f.Rule.Id == "SS5008");
            headlineFired += headline ? 1 : 0;
            if (show && headline)
            {
                log.WriteLine($"  SS5008 on page {url}: \"{page.Title}\"");
            }

            if (url.Contains("/opinion/", StringComparison.OrdinalIgnoreCase))
            {
                opinionPages++;
                opinionHits += Fires(scorer, Article.FromText(page.Text, page.Id), "SS5007") ? 1 : 0;
            }
        }

        log.WriteLine(Rate("article_extraction pages with a byline found", bylines, pages));
        log.WriteLine(Rate("article_extraction pages with a date found", dates, pages));
        log.WriteLine(Rate("SS5008 on real headline and body (false alarms)", headlineFired, pages));
        log.WriteLine(Rate("SS5007 on /opinion/ pages read without their address", opinionHits, opinionPages));

        // SS5008 on the stance model's held-out FNC-1 pairs, by true stance.
        var corpus = StanceTrainer.Load(dataRoot);
        var byLabel = new int[4, 2];
        foreach (var pair in corpus.Pairs.Where(p => p.HeldOut))
        {
            string body = corpus.Bodies[pair.BodyId];
            byLabel[pair.Label, 0]++;
            byLabel[pair.Label, 1] += Fires(scorer, Article.FromText(body, pair.Id, title: pair.Headline), "SS5008") ? 1 : 0;
        }

        string[] names = ["agree", "disagree", "discuss", "unrelated"];
        for (int label = 0; label < 4; label++)
        {
            log.WriteLine(Rate($"SS5008 on held-out FNC-1 pairs whose stance is {names[label]}", byLabel[label, 1], byLabel[label, 0]));
        }

        return 0;
    }

    private static bool Fires(Scorer scorer, Article article, string rule) => scorer.Score(article).Findings.Any(f => f.Rule.Id == rule);

    private static string Rate(string what, int hits, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: {hits} of {total} ({(total == 0 ? 0 : 100.0 * hits / total):0.0} %)");

    private static string Shorten(string text) => text.Length <= 160 ? text.ReplaceLineEndings(" ") : text[..160].ReplaceLineEndings(" ") + "…";
}
