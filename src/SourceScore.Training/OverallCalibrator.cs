using System.Globalization;
using System.Text;
using SourceScore.Scoring;

namespace SourceScore.Training;

/// <summary>
/// Chooses the overall score's weights for markup, machine and claims on labelled articles none of the models
/// was trained on, as users meet them: the machine signal's held-out fold by story — human news (machine_news,
/// FNC-1 bodies, article-extraction bodies, cut to 100–350 words as in training) against LLM-written news, our
/// spinner's copies and our damager's copies of the same held-out human texts — and the 144 real article pages of
/// the extraction set scored as HTML, against spun and damaged copies of the text extracted from them. Trustworthy =
/// human and undamaged. Half of the stories (by hash) choose the weights — the best balanced accuracy of
/// "overall ≥ 60" (the tool's --fail-under), trustworthy texts and pages against the rest, with the seeds kept where
/// the project needs them (000 and 003 at 70 or more, 001 at 35 or less, 002 and 004 at 40 or more) and at most
/// 5 % of each trustworthy kind below 60 —, the other half report the figures.
/// Writes <c>models/overall-v1.md</c>, the card; the shipped weights (<see cref="OverallScore.Weights"/>) are the
/// chosen ones, which a test holds to the card.
/// </summary>
internal static class OverallCalibrator
{
    private const int Seed = 20261123;

    /// <summary>The kinds of article that are trustworthy; every other kind is not.</summary>
    private static readonly string[] s_trusted = ["human", "page"];

    /// <summary>
    /// The labelled articles: the machine signal's held-out human and machine-written news, our spinner's and damager's
    /// copies of the human ones, and the real pages with spun and damaged copies of their extracted text; each with its
    /// story (group), kind and the article to score.
    /// </summary>
    public static List<(string Group, string Kind, Article Article)> Articles(string dataRoot, string modelsDir)
    {
        var random = new Random(Seed);
        var rows = new List<(string Group, string Kind, Article Article)>();
        foreach (var (group, machine, _, text) in DataSets.MachineNews(dataRoot).Where(r => DataSets.IsHeldOut(r.Group, "machine")))
        {
            rows.Add((group, machine ? "machine" : "human", Article.FromText(text, group)));
        }

        foreach (var (key, source, body) in DataSets.CleanNews(dataRoot).Where(t => t.Source != "machine_news"))
        {
            string text = MachineTrainer.Truncate(body, 100 + random.Next(251));
            if (DataSets.IsHeldOut(key, "machine"))
            {
                rows.Add((key, "human", Article.FromText(text, key)));
            }
        }

        var wordNet = WordNet.Load(modelsDir);
        var spinner = new Spinner(wordNet, MachineTrainer.Typos(dataRoot, wordNet));
        var damager = new MarkupDamager(Seed);
        // A human text on which a markup check fires before any damage is added already holds real debris (related
        // headlines spliced in, mojibake, repeated captions; markup-v1.md): it is neither clean news nor our controlled
        // damage, so it is reported as its own kind and left out of the search.
        var markupOnly = new ScorerBuilder().UseMarkupChecks().Build();
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Kind == "human" && markupOnly.Score(rows[i].Article).Findings.Any(f => f.Rule.Signal == Signal.Markup))
            {
                rows[i] = rows[i] with { Kind = "human-debris" };
            }
        }

        foreach (var (group, _, article) in rows.Where(r => r.Kind == "human").ToList())
        {
            rows.Add((group, "spun", Article.FromText(spinner.Spin(article.Text, random), group)));
            rows.Add((group, "damaged", Article.FromText(damager.Damage(article.Text, 1 + random.Next(3)).Text, group)));
        }

        foreach (var page in DataSets.ReadJsonl(Path.Combine(dataRoot, "article_extraction", "dev.jsonl.gz")))
        {
            string group = "ae:" + page.GetProperty("id").GetString();
            string url = page.GetProperty("url").GetString()!;
            var article = Article.FromHtml(page.GetProperty("html").GetString()!, group, new Uri(url).Host, url);
            rows.Add((group, "page", article));
            rows.Add((group, "page-spun", Article.FromText(spinner.Spin(article.Text, random), group, article.Source, title: article.Title)));
            rows.Add((group, "page-damaged", Article.FromText(damager.Damage(article.Text, 1 + random.Next(3)).Text, group, article.Source, title: article.Title)));
        }

        return rows;
    }

    /// <summary>Whether an article's story is in the reporting half (the other half chose the weights).</summary>
    public static bool IsReporting(string group) => DataSets.CrossFold(group, 2) == 1;

    /// <summary>Scores the articles, searches the weights and writes the card to <paramref name="cardDir"/> (by default <paramref name="modelsDir"/>, where WordNet is read).</summary>
    public static int Run(string dataRoot, string modelsDir, TextWriter log, string? cardDir = null)
    {
        var rows = Articles(dataRoot, modelsDir);
        var scorer = Scorer.CreateDefault();
        var scored = rows.AsParallel().AsOrdered().Select(r =>
        {
            var s = scorer.Score(r.Article);
            return (r.Group, r.Kind, Risks: Risks(s), Score: s);
        }).ToList();
        var seeds = Directory.GetFiles(Path.Combine(dataRoot, "..", "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p)[..3], p => Risks(scorer.Score(Article.FromText(File.ReadAllText(p)))));
        var kinds = scored.GroupBy(s => s.Kind).Select(g => $"{g.Key} {g.Count()}").ToList();
        log.WriteLine($"articles: {scored.Count} ({string.Join(", ", kinds)}), seeds {seeds.Count}");

        var tune = scored.Where(s => !IsReporting(s.Group)).Select(s => (s.Group, s.Kind, s.Risks)).ToList();
        var test = scored.Where(s => IsReporting(s.Group)).Select(s => (s.Group, s.Kind, s.Risks)).ToList();
        var grid = Enumerable.Range(2, 19).Select(i => Math.Round(i * 0.05, 2)).ToArray();
        (double Accuracy, OverallWeights Weights) best = (-1, OverallScore.Weights);
        foreach (double m in grid)
        {
            foreach (double a in grid)
            {
                foreach (double c in grid)
                {
                    var w = OverallScore.Weights with { Markup = m, Machine = a, Claims = c };
                    if (!KeepsSeeds(seeds, w) || FalseAlarms(tune, w) > MaxFalseAlarms)
                    {
                        continue;
                    }

                    double accuracy = BalancedAccuracy(tune, w);
                    if (accuracy > best.Accuracy + 1e-9)
                    {
                        best = (accuracy, w);
                    }
                }
            }
        }

        var c0 = CultureInfo.InvariantCulture;
        var card = new StringBuilder();
        card.AppendLine("# overall-v1 — how the overall score weighs the signals").AppendLine();
        card.AppendLine("Not a trained model: five weights. The overall score is 100 × Π (1 − wₛ × costₛ(riskₛ)) over the assessed signals; wₛ is the most a signal at risk 1 takes off (as a share of 100 points). The cost is the risk for every signal but markup, whose cost follows the extent of the damage: 0.1 × risk below the damaged decision (0.5), 0.05 + 0.95 × (2 × risk − 1) from it — a lone stray no-break space (risk ≈ 0.53) costs a few points, a text full of leaked tags nearly the whole weight (`src/SourceScore/Scoring/OverallScore.cs`).").AppendLine();
        card.AppendLine("## Command").AppendLine().AppendLine("```").AppendLine("dotnet run -c Release --project src/SourceScore.Training -- overall").AppendLine("```").AppendLine();
        card.AppendLine(string.Create(c0, $"Reads `../shared/data` in place, scores every article with the shipped scorer (its models, the markup cost above), searches the weights and writes this card. Fixed seed {Seed} (text lengths, spinner and damager draws): the same command gives the same card."));
        card.AppendLine().AppendLine("## Data and licences").AppendLine();
        card.AppendLine("| kind | what | trustworthy | licence as stated in source |").AppendLine("|---|---|---|---|");
        card.AppendLine("| human | human news of the machine model's held-out fold by story: `machine_news` human texts, `fnc1` bodies and `article_extraction` bodies cut to 100–350 words | yes | machine_news: MIT (fast-detect-gpt), CC BY 3.0 (L2R, BBC texts); fnc1: none stated; article_extraction: MIT |");
        card.AppendLine("| human-debris | the human texts above on which a markup check fires before any damage is added (real related-headline blocks, mojibake, repeated captions: markup-v1.md): neither clean news nor controlled damage, so left out of the search and reported on their own | — | as above |");
        card.AppendLine("| machine | LLM-written news of the same held-out stories (`machine_news`) | no | as above |");
        card.AppendLine("| spun, damaged | our spinner's (WordNet synonyms, typos) and damager's (markup-v1's generator) copies of the held-out human texts | no | as the texts; WordNet 3.1: WordNet licence (`models/WORDNET-LICENSE.txt`) |");
        card.AppendLine("| page | the 144 real article pages of `article_extraction` (dev), scored as HTML through extraction, source = host | yes | MIT (the pages' content belongs to the publishers) |");
        card.AppendLine("| page-spun, page-damaged | spun and damaged copies of the text extracted from each page, scored as text | no | as above |");
        card.AppendLine().AppendLine(string.Create(c0, $"Articles: {scored.Count} ({string.Join(", ", kinds)}). The markup and machine models were trained on the other folds of these texts, but the pages' bodies (not their HTML) were in the markup model's training rows and those of the machine model's training fold: the page figures are on pages those models have seen as text."));
        card.AppendLine().AppendLine("## Split and method").AppendLine();
        card.AppendLine("Half of the stories by hash (`sourcescore-crossfit-v1`, 2 folds; a story's human text, its machine, spun and damaged copies, a page and its copies always together) choose the weights, the other half reports. The search: markup, machine and claims weights each over 0.10, 0.15, …, 1.00; keep those that leave seed 000 and 003 at 70 or more, seed 001 at 35 or less and seeds 002 and 004 at 40 or more (real articles with a sales footer or page boilerplate after them are caution, not unreliable); and that put at most 5 % of each trustworthy kind (human news, real pages) below 60 on the choosing half — a false alarm on real journalism is what users feel first —; take the best balanced accuracy of \"overall ≥ 60\" (trustworthy kinds kept, the others flagged) on the choosing half, the first found on ties. Agreement (0.6) and the article facts (0.25) are set by reasoning: no labelled article-level data exists here for either (one contradicted claim with nothing corroborated, risk 0.5, costs 30 points; a missing byline and date together under 5, a headline the body does not support 15).");
        card.AppendLine().AppendLine("## Figures (reporting half)").AppendLine();
        var compared = best.Weights == OverallScore.Weights ? new[] { ("chosen and shipped", best.Weights) } : [("chosen", best.Weights), ("shipped", OverallScore.Weights)];
        foreach (var (name, weights) in compared)
        {
            string line = string.Create(c0, $"{name}: {Describe(weights)}");
            log.WriteLine(line);
            card.AppendLine(string.Create(c0, $"**{line}**")).AppendLine();
            string tuning = string.Create(c0, $"choosing half: balanced accuracy {BalancedAccuracy(tune, weights):0.000}");
            string report = string.Create(c0, $"reporting half ({test.Count} articles): balanced accuracy {BalancedAccuracy(test, weights):0.000}, AUROC {Metrics.Auroc(test.Where(s => s.Kind != "human-debris").Select(s => (-Overall(s.Risks, weights), !s_trusted.Contains(s.Kind)))):0.000}");
            log.WriteLine("  " + tuning);
            log.WriteLine("  " + report);
            card.AppendLine(tuning + "; " + report + ".").AppendLine();
            card.AppendLine("| kind | articles | mean overall | median | below 60 |").AppendLine("|---|---|---|---|---|");
            foreach (var kind in new[] { "human", "page", "human-debris", "machine", "spun", "damaged", "page-spun", "page-damaged" })
            {
                var overall = test.Where(s => s.Kind == kind).Select(s => Overall(s.Risks, weights)).Order().ToList();
                string row = string.Create(c0, $"| {kind} | {overall.Count} | {overall.Average():0.0} | {overall[overall.Count / 2]:0.0} | {overall.Count(o => o < 60) / (double)overall.Count:P1} |");
                log.WriteLine("    " + row);
                card.AppendLine(row);
            }

            var costliest = test.Where(s => s_trusted.Contains(s.Kind) && Overall(s.Risks, weights) < 60)
                .GroupBy(s => $"{s.Kind}/{Costliest(s.Risks, weights)}").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()}").ToList();
            string alarms = $"trustworthy articles below 60, by the signal that cost most: {(costliest.Count == 0 ? "none" : string.Join(", ", costliest))}";
            log.WriteLine("  " + alarms);
            card.AppendLine().AppendLine(alarms + ".");

            string seedLine = string.Create(c0, $"seeds: {string.Join(", ", seeds.Select(p => $"{p.Key} {Overall(p.Value, weights):0.0}"))}");
            log.WriteLine("  " + seedLine);
            card.AppendLine().AppendLine(seedLine + ".").AppendLine();
        }

        foreach (var record in MixedFeed(scored.Where(s => IsReporting(s.Group) && s.Kind is "human" or "machine" or "spun" or "damaged").Select(s => (s.Group, s.Kind, s.Score)).ToList()))
        {
            string line = string.Create(c0, $"mixed feed (shipped weights): {record.Source} {record.Articles} articles, credibility {record.Credibility:0.0}");
            log.WriteLine(line);
            card.AppendLine("- " + line);
        }

        File.WriteAllText(Path.Combine(cardDir ?? modelsDir, "overall-v1.md"), card.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        return 0;
    }

    /// <summary>The weights as the card and the test write them.</summary>
    public static string Describe(OverallWeights w) =>
        string.Create(CultureInfo.InvariantCulture, $"markup {w.Markup:0.00}, machine {w.Machine:0.00}, claims {w.Claims:0.00}, agreement {w.Agreement:0.00}, source {w.Source:0.00}");

    /// <summary>The share of trustworthy articles (human news, real pages) the weights may put below 60 on the choosing half.</summary>
    private const double MaxFalseAlarms = 0.05;

    /// <summary>The largest share of one trustworthy kind's articles (human news, real pages) put below 60.</summary>
    private static double FalseAlarms(List<(string Group, string Kind, SignalScore[] Risks)> rows, OverallWeights weights) =>
        s_trusted.Max(kind =>
        {
            var trusted = rows.Where(r => r.Kind == kind).ToList();
            return trusted.Count(r => Overall(r.Risks, weights) < 60) / (double)trusted.Count;
        });

    private static string Costliest(SignalScore[] risks, OverallWeights weights) =>
        OverallScore.Reasons(risks, Overall(risks, weights), [], weights: weights)[0].Signal.ToString().ToLowerInvariant();

    private static bool KeepsSeeds(Dictionary<string, SignalScore[]> seeds, OverallWeights w) =>
        Overall(seeds["000"], w) >= 70 && Overall(seeds["003"], w) >= 70 && Overall(seeds["001"], w) <= 35
        && Overall(seeds["002"], w) >= 40 && Overall(seeds["004"], w) >= 40;

    /// <summary>
    /// The ledger on a mixed feed (issue 6): the reporting half's human news published by one source, its
    /// LLM-written, spun and damaged articles by another, interleaved in a fixed shuffled order a minute apart,
    /// recorded with the shipped weights in an <see cref="InMemorySourceLedger"/>.
    /// </summary>
    public static IReadOnlyList<SourceRecord> MixedFeed(List<(string Group, string Kind, ArticleScore Score)> articles)
    {
        var ledger = new InMemorySourceLedger();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var order = articles.OrderBy(a => DataSets.CrossFold(a.Kind + "|" + a.Group, int.MaxValue)).ToList();
        for (int i = 0; i < order.Count; i++)
        {
            var (group, kind, score) = order[i];
            string source = kind == "human" ? "human-news.example" : "mixed-machine.example";
            ledger.Record(Article.FromText(string.Empty, group, source, published: start.AddMinutes(i)), score);
        }

        return ledger.List();
    }

    private static SignalScore[] Risks(ArticleScore score) => [.. score.Signals];

    private static double Overall(SignalScore[] signals, OverallWeights weights) => OverallScore.Compute(signals, weights);

    private static double BalancedAccuracy(List<(string Group, string Kind, SignalScore[] Risks)> rows, OverallWeights weights)
    {
        int humans = 0, humansKept = 0, others = 0, othersFlagged = 0;
        foreach (var (_, kind, risks) in rows)
        {
            bool trusted = Overall(risks, weights) >= 60;
            if (kind == "human-debris")
            {
                continue;
            }

            if (s_trusted.Contains(kind))
            {
                humans++;
                humansKept += trusted ? 1 : 0;
            }
            else
            {
                others++;
                othersFlagged += trusted ? 0 : 1;
            }
        }

        return ((humansKept / (double)humans) + (othersFlagged / (double)others)) / 2;
    }
}
