using System.Globalization;
using SourceScore.Scoring;

namespace SourceScore.Training;

/// <summary>
/// Chooses the overall score's weights for markup, machine and claims on labelled articles none of the models
/// was trained on: the machine signal's held-out fold by story — human news (machine_news, FNC-1 bodies,
/// article-extraction bodies, cut to 100–350 words as in training) against LLM-written news, our spinner's
/// copies and our damager's copies of the same held-out human texts. Trustworthy = human and undamaged. Half
/// of the stories (by hash) choose the weights — the best balanced accuracy of "overall ≥ 60" (the tool's
/// --fail-under), with the seeds kept where the project needs them (000 and 003 at 70 or more, 001 at 35 or
/// less) —, the other half report the figures.
/// </summary>
internal static class OverallCalibrator
{
    private const int Seed = 20261123;

    /// <summary>
    /// The labelled articles: the machine signal's held-out human and machine-written news, and our spinner's and
    /// damager's copies of the human ones; each with its story (group) and kind (human, machine, spun, damaged).
    /// </summary>
    public static List<(string Group, string Kind, string Text)> Articles(string dataRoot, string modelsDir)
    {
        var random = new Random(Seed);
        var rows = new List<(string Group, string Kind, string Text)>();
        foreach (var row in DataSets.ReadJsonl(Path.Combine(dataRoot, "machine_news", "dev.jsonl")))
        {
            string group = "mn:" + row.GetProperty("group").GetString();
            if (DataSets.IsHeldOut(group, "machine"))
            {
                rows.Add((group, row.GetProperty("label").GetString() == "machine" ? "machine" : "human", row.GetProperty("text").GetString()!));
            }
        }

        foreach (var (key, source, body) in DataSets.CleanNews(dataRoot).Where(t => t.Source != "machine_news"))
        {
            string text = MachineTrainer.Truncate(body, 100 + random.Next(251));
            if (DataSets.IsHeldOut(key, "machine"))
            {
                rows.Add((key, "human", text));
            }
        }

        var wordNet = WordNet.Load(modelsDir);
        var spinner = new Spinner(wordNet, MachineTrainer.Typos(dataRoot, wordNet));
        var damager = new MarkupDamager(Seed);
        foreach (var (group, _, text) in rows.Where(r => r.Kind == "human").ToList())
        {
            rows.Add((group, "spun", spinner.Spin(text, random)));
            rows.Add((group, "damaged", damager.Damage(text, 1 + random.Next(3)).Text));
        }

        return rows;
    }

    /// <summary>Whether an article's story is in the reporting half (the other half chose the weights).</summary>
    public static bool IsReporting(string group) => DataSets.CrossFold(group, 2) == 1;

    public static int Run(string dataRoot, string modelsDir, TextWriter log)
    {
        var rows = Articles(dataRoot, modelsDir);
        var scorer = Scorer.CreateDefault();
        var scored = rows.AsParallel().AsOrdered().Select(r =>
        {
            var s = scorer.Score(Article.FromText(r.Text));
            return (r.Group, r.Kind, Risks: Risks(s), Score: s);
        }).ToList();
        var seeds = Directory.GetFiles(Path.Combine(dataRoot, "..", "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p)[..3], p => Risks(scorer.Score(Article.FromText(File.ReadAllText(p)))));
        log.WriteLine($"articles: {scored.Count} ({string.Join(", ", scored.GroupBy(s => s.Kind).Select(g => $"{g.Key} {g.Count()}"))}), seeds {seeds.Count}");

        var tune = scored.Where(s => !IsReporting(s.Group)).Select(s => (s.Group, s.Kind, s.Risks)).ToList();
        var test = scored.Where(s => IsReporting(s.Group)).Select(s => (s.Group, s.Kind, s.Risks)).ToList();
        var grid = Enumerable.Range(2, 19).Select(i => i * 0.05).ToArray();
        (double Accuracy, OverallWeights Weights) best = (-1, OverallScore.Weights);
        foreach (double m in grid)
        {
            foreach (double a in grid)
            {
                foreach (double c in grid)
                {
                    var w = OverallScore.Weights with { Markup = m, Machine = a, Claims = c };
                    if (Overall(seeds["000"], w) < 70 || Overall(seeds["003"], w) < 70 || Overall(seeds["001"], w) > 35)
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
        foreach (var (name, weights) in new[] { ("chosen", best.Weights), ("shipped", OverallScore.Weights) })
        {
            log.WriteLine(string.Create(c0, $"{name}: markup {weights.Markup:0.00}, machine {weights.Machine:0.00}, claims {weights.Claims:0.00}, agreement {weights.Agreement:0.00}"));
            log.WriteLine(string.Create(c0, $"  tuning half: balanced accuracy {BalancedAccuracy(tune, weights):0.000}"));
            log.WriteLine(string.Create(c0, $"  reporting half ({test.Count} articles): balanced accuracy {BalancedAccuracy(test, weights):0.000}, AUROC {Metrics.Auroc(test.Select(s => (-Overall(s.Risks, weights), s.Kind != "human"))):0.000}"));
            foreach (var kind in new[] { "human", "machine", "spun", "damaged" })
            {
                var overall = test.Where(s => s.Kind == kind).Select(s => Overall(s.Risks, weights)).ToList();
                log.WriteLine(string.Create(c0, $"    {kind,-8} n {overall.Count,4}  mean overall {overall.Average():0.0}  below 60: {overall.Count(o => o < 60) / (double)overall.Count:P1}"));
            }

            log.WriteLine(string.Create(c0, $"  seeds: {string.Join(", ", seeds.Select(p => $"{p.Key} {Overall(p.Value, weights):0.0}"))}"));
        }

        foreach (var record in MixedFeed(scored.Where(s => IsReporting(s.Group)).Select(s => (s.Group, s.Kind, s.Score)).ToList()))
        {
            log.WriteLine(string.Create(c0, $"mixed feed: {record.Source} {record.Articles} articles, credibility {record.Credibility:0.0}"));
        }

        return 0;
    }

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
            if (kind == "human")
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
