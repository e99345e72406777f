using System.Globalization;

namespace SourceScore.Training;

/// <summary>
/// Measures the shipped claims signal end to end, as a user sees it: each held-out ClaimBuster sentence and
/// CLEF line of <see cref="ClaimsTrainer"/>'s split is scored by the library as a one-sentence article, and
/// its check-worthiness is the highest of its sentences (a line the splitter cuts in two is as check-worthy
/// as its most check-worthy part). ClaimBuster F1 at the shipped threshold, CLEF MAP per debate.
/// </summary>
internal static class ClaimsEvaluator
{
    public static int Run(string dataRoot, TextWriter log)
    {
        var (scores, threshold) = Measure(dataRoot);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"library, held out: {scores.Line} (threshold {threshold:F4})"));
        return 0;
    }

    public static (ClaimsTrainer.Scores Scores, double Threshold) Measure(string dataRoot)
    {
        var scorer = new ScorerBuilder().UseClaimsChecks().Build();
        var scored = new List<(ClaimsTrainer.Row Row, double P)>();
        foreach (var row in ClaimsTrainer.Load(dataRoot).Where(r => r.HeldOut))
        {
            var score = scorer.Score(Article.FromText(row.Text));
            scored.Add((row, score.Sentences.Count == 0 ? 0 : score.Sentences.Max(s => s.CheckWorthiness)));
        }

        // checkworthy is reported with the model's threshold at 0.5 (the contract's decision point).
        const double threshold = 0.5;
        return (ClaimsTrainer.Figures(scored, threshold), threshold);
    }
}
