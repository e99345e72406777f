namespace SourceScore.Scoring;

/// <summary>
/// Combines the signals that were computed into the overall 0–100 score, 100 × Π (1 − wₛ × riskₛ), and says what
/// each signal took off: the loss 100 − overall is shared among the signals in proportion to −log(1 − wₛ × riskₛ),
/// so the points add up exactly. A signal that is absent, or whose risk is null (no related coverage), neither
/// helps nor hurts.
/// </summary>
/// <remarks>
/// The weights wₛ are the most points (out of 100) a signal at risk 1 can take off on its own, divided by 100.
/// Markup, machine and claims were chosen by <c>SourceScore.Training -- overall</c> on held-out human, machine-written,
/// spun and damaged news (README, "How the overall score is made": balanced accuracy of "overall ≥ 60" 0.764 and
/// AUROC 0.825 on the reporting half); agreement is set by reasoning, as no labelled article-level data exists
/// for it here: one contradicted claim with nothing corroborated (risk 0.5) costs 30 points. The article facts
/// (<c>source</c>) are weighed by reasoning too: a missing byline and date together cost under 5 points, a
/// headline the body does not support 15.
/// </remarks>
internal static class OverallScore
{
    /// <summary>Findings named per reason.</summary>
    public const int TopFindings = 3;

    public static readonly OverallWeights Weights = new(Markup: 0.5, Machine: 0.95, Claims: 0.35, Agreement: 0.6, Source: 0.25);

    public static double Compute(IReadOnlyList<SignalScore> signals, OverallWeights? weights = null)
    {
        double score = 100;
        foreach (var signal in signals)
        {
            score *= Factor(signal, weights ?? Weights);
        }

        return Math.Round(score, 1);
    }

    /// <summary>
    /// Each computed signal's share of the loss, the costliest first, with its most severe findings. When a finding set
    /// the overall below what the signals give (<paramref name="forcedBy"/>: the signal of that finding's rule, as for
    /// an article with no text), the signals share the loss they explain and the rest goes to that signal.
    /// </summary>
    public static ScoreReason[] Reasons(IReadOnlyList<SignalScore> signals, double overall, IReadOnlyList<Finding> findings, Signal? forcedBy = null)
    {
        var logs = new double[signals.Count];
        double total = 0;
        for (int i = 0; i < signals.Count; i++)
        {
            logs[i] = -Math.Log(Math.Max(1e-9, Factor(signals[i], Weights)));
            total += logs[i];
        }

        double loss = 100 - overall, forced = 0;
        if (forcedBy is not null && signals.Any(s => s.Signal == forcedBy))
        {
            forced = Math.Max(0, Compute(signals) - overall);
            loss -= forced;
        }

        var reasons = new ScoreReason[signals.Count];
        for (int i = 0; i < signals.Count; i++)
        {
            var signal = signals[i].Signal;
            var top = findings.Where(f => f.Rule.Signal == signal)
                .OrderByDescending(f => f.Severity).ThenBy(f => f.Span.Start).Take(TopFindings).ToArray();
            double points = (total > 0 ? loss * logs[i] / total : 0) + (signal == forcedBy ? forced : 0);
            reasons[i] = new ScoreReason(signal, signals[i].Risk, Math.Round(points, 1), top);
        }

        Array.Sort(reasons, static (a, b) => a.Points != b.Points ? b.Points.CompareTo(a.Points) : a.Signal.CompareTo(b.Signal));
        return reasons;
    }

    /// <summary>What a signal leaves of the score, 1 − w × risk; 1 when it has no risk.</summary>
    private static double Factor(SignalScore signal, OverallWeights weights) =>
        signal.Risk is double risk ? 1 - (weights.Of(signal.Signal) * Math.Clamp(risk, 0, 1)) : 1;
}

/// <summary>The weight of each signal in the overall score: the share of 100 points it can take off at risk 1.</summary>
internal sealed record OverallWeights(double Markup, double Machine, double Claims, double Agreement, double Source)
{
    public double Of(Signal signal) => signal switch
    {
        Signal.Markup => Markup,
        Signal.Machine => Machine,
        Signal.Claims => Claims,
        Signal.Agreement => Agreement,
        Signal.Source => Source,
        _ => 0,
    };
}
