namespace SourceScore.Scoring;

/// <summary>
/// Combines the signals that were computed into the overall 0–100 score, 100 × Π (1 − wₛ × costₛ(riskₛ)), and says what
/// each signal took off: the loss 100 − overall is shared among the signals in proportion to −log(1 − wₛ × costₛ),
/// so the points add up exactly. A signal that is absent, or whose risk is null (no related coverage), neither
/// helps nor hurts.
/// </summary>
/// <remarks>
/// The weights wₛ are the most points (out of 100) a signal at risk 1 can take off on its own, divided by 100.
/// Markup, machine and claims were chosen by <c>SourceScore.Training -- overall</c> (models/overall-v1.md, the card:
/// its data, method and figures) on held-out human news and real article pages against LLM-written news and spun and
/// damaged copies: balanced accuracy of "overall ≥ 60" 0.789 and AUROC 0.933 on the reporting half, 1.0 % of human
/// news and none of the real pages below 60. Agreement is set by reasoning, as no labelled article-level data exists
/// for it here: one contradicted claim with nothing corroborated (risk 0.5) costs 30 points. The article facts
/// (<c>source</c>) are weighed by reasoning too: a missing byline and date together cost under 5 points, a
/// headline the body does not support 15.
/// </remarks>
internal static class OverallScore
{
    /// <summary>Findings named per reason.</summary>
    public const int TopFindings = 3;

    public static readonly OverallWeights Weights = new(Markup: 0.6, Machine: 0.95, Claims: 0.25, Agreement: 0.6, Source: 0.25);

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
    /// the overall (<paramref name="forcedBy"/>: the signal of that finding's rule, as for an article with no text), that
    /// signal took the whole loss: whatever the others found did not decide the score.
    /// </summary>
    public static ScoreReason[] Reasons(IReadOnlyList<SignalScore> signals, double overall, IReadOnlyList<Finding> findings, Signal? forcedBy = null, OverallWeights? weights = null)
    {
        var logs = new double[signals.Count];
        double total = 0;
        for (int i = 0; i < signals.Count; i++)
        {
            logs[i] = -Math.Log(Math.Max(1e-9, Factor(signals[i], weights ?? Weights)));
            total += logs[i];
        }

        double loss = 100 - overall, forced = 0;
        if (forcedBy is not null && signals.Any(s => s.Signal == forcedBy))
        {
            // The finding set the score, so its signal took it all: the others' findings are listed, for 0 points.
            forced = loss;
            loss = 0;
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

    /// <summary>What a signal leaves of the score, 1 − w × cost(risk); 1 when it has no risk (not assessed).</summary>
    private static double Factor(SignalScore signal, OverallWeights weights) =>
        signal.Risk is double risk ? 1 - (weights.Of(signal.Signal) * Cost(signal.Signal, Math.Clamp(risk, 0, 1))) : 1;

    /// <summary>
    /// The share of a signal's weight that a risk costs. The risk itself for every signal but markup. The markup risk
    /// puts every damaged text at 0.5 or more (the classifier's decision) and says how much damage lies above that
    /// (0.5 + 0.5 × extent, <c>MarkupFeatures.Extent</c>): the cost follows the extent, so a lone
    /// stray no-break space (risk ≈ 0.53) costs a few points and a text full of leaked tags nearly the whole weight —
    /// 0.1 × risk below the decision, 0.05 + 0.95 × extent from it (continuous at 0.5).
    /// </summary>
    internal static double Cost(Signal signal, double risk) =>
        signal != Signal.Markup ? risk
        : risk < 0.5 ? MarkupCostAtDecision * 2 * risk
        : MarkupCostAtDecision + ((1 - MarkupCostAtDecision) * ((2 * risk) - 1));

    /// <summary>The share of the markup weight a text just called damaged costs (risk 0.5, no extent).</summary>
    private const double MarkupCostAtDecision = 0.05;
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
