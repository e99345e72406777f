namespace SourceScore;

/// <summary>What one signal took off the overall score, and the findings that weigh most in it.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Risk">Its risk, or <see langword="null"/> when it had nothing to judge (it then took nothing off).</param>
/// <param name="Points">Points of the 100 it took off; the reasons' points add up to 100 − overall.</param>
/// <param name="TopFindings">Its most severe findings, at most three, most severe first, then in text order.</param>
/// <remarks>Immutable.</remarks>
public sealed record ScoreReason(Signal Signal, double? Risk, double Points, IReadOnlyList<Finding> TopFindings);
