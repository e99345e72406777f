namespace SourceScore.Scoring;

/// <summary>
/// Combines the signals that were computed into the overall 0–100 score: 100 × Π (1 − wₛ × riskₛ).
/// A signal that is absent, or whose risk is null (no related coverage), neither helps nor hurts.
/// </summary>
/// <remarks>
/// The weights are provisional until the overall-score issue calibrates them on labelled data: markup
/// damage alone costs at most 60 points, since garbled text is not necessarily false; unsupported claims at
/// most 30, since news leads are often the reporter's own unattributed account.
/// </remarks>
internal static class OverallScore
{
    public static double Compute(IReadOnlyList<SignalScore> signals)
    {
        double score = 100;
        foreach (var signal in signals)
        {
            if (signal.Risk is double risk)
            {
                score *= 1 - (Weight(signal.Signal) * Math.Clamp(risk, 0, 1));
            }
        }

        return Math.Round(score, 1);
    }

    private static double Weight(Signal signal) => signal switch
    {
        Signal.Markup => 0.6,
        Signal.Machine => 0.7,
        Signal.Claims => 0.3,
        Signal.Agreement => 0.6,
        _ => 0,
    };
}
