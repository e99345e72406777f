using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SourceScore.Training;

/// <summary>
/// Measures HTML-to-text extraction on ../shared/data/article_extraction with the benchmark's metric:
/// \w+ tokens, multisets of 4-token shingles, per-page tp/fp/fn normalised by their sum, precision and
/// recall averaged over pages, F1 their harmonic mean. The reference extractors' outputs shipped with the
/// data are scored the same way, as a check that the metric is reproduced.
/// </summary>
internal static partial class ExtractionEvaluator
{
    public static int Run(string dataRoot, TextWriter log)
    {
        var pages = DataSets.ReadJsonl(Path.Combine(dataRoot, "article_extraction", "dev.jsonl.gz"))
            .Select(p => (Id: p.GetProperty("id").GetString()!, Html: p.GetProperty("html").GetString()!, Truth: p.GetProperty("article_body").GetString()!))
            .ToList();
        var references = DataSets.ReadJsonl(Path.Combine(dataRoot, "article_extraction", "dev_reference_outputs.jsonl.gz"))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r);

        var ours = new List<(double P, double R)>();
        var worst = new List<(string Id, double P, double R)>();
        foreach (var (id, html, truth) in pages)
        {
            var article = Article.FromHtml(html, id);
            var (p, r) = Score(truth, article.Text);
            ours.Add((p, r));
            worst.Add((id, p, r));
        }

        Report(log, "SourceScore", ours);
        foreach (var (id, p, r) in worst.OrderBy(w => Math.Min(w.P, w.R)).Take(8))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   low: {id} P {p:F2} R {r:F2}"));
        }

        foreach (var name in new[] { "trafilatura", "readability_js", "newspaper", "justext" })
        {
            var scores = new List<(double, double)>();
            foreach (var (id, _, truth) in pages)
            {
                string predicted = references.TryGetValue(id, out var row) && row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
                scores.Add(Score(truth, predicted));
            }

            Report(log, name, scores);
        }

        return 0;
    }

    private static void Report(TextWriter log, string name, List<(double P, double R)> scores)
    {
        double p = scores.Average(s => s.P), r = scores.Average(s => s.R);
        double f1 = 2 * p * r / Math.Max(1e-9, p + r);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} pages {scores.Count}  precision {p:F3}  recall {r:F3}  F1 {f1:F3}"));
    }

    internal static (double Precision, double Recall) Score(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in t.Keys.Union(p.Keys))
        {
            int tc = t.GetValueOrDefault(key), pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fp += Math.Max(0, pc - tc);
            fn += Math.Max(0, tc - pc);
        }

        double sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }

        return (tp + fp > 0 ? tp / (tp + fp) : 0, tp + fn > 0 ? tp / (tp + fn) : 0);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + 4 <= tokens.Count; i++)
        {
            string key = string.Join('\u0001', tokens.GetRange(i, 4));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Word();
}
