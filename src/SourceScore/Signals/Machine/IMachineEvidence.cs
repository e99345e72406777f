namespace SourceScore.Signals.Machine;

/// <summary>
/// Stronger evidence than the fast model's, plugged into <see cref="MachineProseCheck"/> by an add-on package
/// (SourceScore.Deep's sentence embeddings): it reads the article and the fast features and gives the probability
/// the check reports in place of the fast model's, with its own decision threshold.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
internal interface IMachineEvidence
{
    /// <summary>Judges the article.</summary>
    /// <param name="context">The article being scored (its text and sentences).</param>
    /// <param name="features">The fast model's <see cref="MachineFeatures"/> of the text.</param>
    /// <returns>The judgement.</returns>
    MachineJudgement Judge(CheckContext context, ReadOnlySpan<float> features);
}

/// <summary>What <see cref="IMachineEvidence"/> found.</summary>
/// <param name="Probability">The probability that the text is machine-written.</param>
/// <param name="Threshold">The probability that maps to risk 0.5.</param>
/// <param name="MostMachineLike">The sentence that reads most machine-written, or an empty span when none was judged.</param>
internal readonly record struct MachineJudgement(double Probability, double Threshold, TextSpan MostMachineLike);
