namespace SourceScore.Models;

/// <summary>
/// Puts a model's decision threshold at 0.5: a probability p whose training threshold is t is reported as
/// σ(logit p − logit t), so that "at least 0.5" is the model's own decision and the odds scale around it. Thread-safe.
/// </summary>
internal static class DecisionScale
{
    /// <summary>Maps <paramref name="probability"/> so that <paramref name="threshold"/> lands at 0.5 (order kept).</summary>
    public static double AtHalf(double probability, double threshold)
    {
        const double Epsilon = 1e-6;
        double p = Math.Clamp(probability, Epsilon, 1 - Epsilon);
        double t = Math.Clamp(threshold, Epsilon, 1 - Epsilon);
        double logit = Math.Log(p / (1 - p)) - Math.Log(t / (1 - t));
        return 1 / (1 + Math.Exp(-logit));
    }
}
