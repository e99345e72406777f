namespace SourceScore;

/// <summary>One signal's result for an article.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Risk">
/// In [0, 1], higher is worse; <see langword="null"/> when the signal could not judge the article
/// (<see cref="NotAssessedReason"/> says why: no related article is known, no article text was found in the page).
/// </param>
/// <param name="Counts">The signal's named counts, in contract order (empty for markup).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SignalScore(Signal Signal, double? Risk, IReadOnlyList<SignalCount> Counts)
{
    /// <summary>Gets whether the signal judged the article: it has a risk, and the overall score counts it.</summary>
    public bool Assessed => Risk is not null;

    /// <summary>Gets why the signal could not judge the article, or <see langword="null"/> when it did (<see cref="Assessed"/>).</summary>
    public string? NotAssessedReason { get; init; }
}
