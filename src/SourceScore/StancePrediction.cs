namespace SourceScore;

/// <summary>The stance model's verdict on a claim and a text: the chosen stance and the probability of each.</summary>
/// <param name="Stance">The chosen stance (the decision weighs the probabilities as the model card says).</param>
/// <param name="Agree">Probability that the text agrees with the claim.</param>
/// <param name="Disagree">Probability that the text disagrees with the claim.</param>
/// <param name="Discuss">Probability that the text discusses the claim without taking a side.</param>
/// <param name="Unrelated">Probability that the text is about something else.</param>
public readonly record struct StancePrediction(Stance Stance, double Agree, double Disagree, double Discuss, double Unrelated)
{
    /// <summary>The probability of one stance.</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>Its probability.</returns>
    public double Probability(Stance stance) => stance switch
    {
        Stance.Agree => Agree,
        Stance.Disagree => Disagree,
        Stance.Discuss => Discuss,
        _ => Unrelated,
    };
}
