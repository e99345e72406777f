namespace SourceScore;

/// <summary>One signal's result for an article.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Risk">In [0, 1], higher is worse; <see langword="null"/> when the signal had nothing to judge (agreement with no related article).</param>
/// <param name="Counts">The signal's named counts, in contract order (empty for markup).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SignalScore(Signal Signal, double? Risk, IReadOnlyList<SignalCount> Counts);
