namespace SourceScore;

/// <summary>
/// The result of scoring one article; mirrors the JSON record of the output contract field for field.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Source">The article's source.</param>
/// <param name="Overall">
/// 0 to 100, higher is more trustworthy, made from the assessed signals; <see langword="null"/> when scoring the article
/// failed (<see cref="Error"/>) or no signal could judge it (a page whose article was not found, finding SS5011).
/// </param>
/// <param name="Signals">One score per signal that the scorer was built with, in signal order; a signal not configured is absent.</param>
/// <param name="Findings">Every finding kept, sorted by start offset, then rule id.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ArticleScore(string Id, string Source, double? Overall, IReadOnlyList<SignalScore> Signals, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Gets why scoring this article failed (rule SS5010, the exception's type and message), or <see langword="null"/>
    /// when it was scored. A failed article has no overall score, no signals and no findings; the articles around it in
    /// a stream are scored as usual.
    /// </summary>
    public ScoringError? Error { get; init; }

    /// <summary>
    /// Gets the per-sentence view of the claims signal, in text order: each sentence's check-worthiness,
    /// attribution, hedging and verdict. Empty when the scorer does not compute the claims signal.
    /// </summary>
    public IReadOnlyList<ClaimSentence> Sentences { get; init; } = [];

    /// <summary>
    /// Gets the language the article is written in (ISO 639-1 and a confidence; <c>und</c> when the text is too short to
    /// tell, then judged as English). Signals that judge English only are not assessed on other languages
    /// (<see cref="SignalScore.NotAssessedReason"/>), and the overall score is made from the others.
    /// </summary>
    public ArticleLanguage Language { get; init; } = ArticleLanguage.Undetermined;

    /// <summary>
    /// Gets the earlier article from another source that this one was copied or reworded from, or <see langword="null"/>
    /// when none is known (the agreement signal looks for it in the story index).
    /// </summary>
    public CopyOrigin? CopiedFrom { get; init; }

    /// <summary>Gets the word band of <see cref="Overall"/>: 80–100 reliable, 60–79 generally reliable, 40–59 caution, 0–39 unreliable; unscored when there is no overall score.</summary>
    public TrustBand Band => Overall switch
    {
        null => TrustBand.Unscored,
        >= 80 => TrustBand.Reliable,
        >= 60 => TrustBand.GenerallyReliable,
        >= 40 => TrustBand.Caution,
        _ => TrustBand.Unreliable,
    };

    /// <summary>
    /// Gets what each signal took off the overall score, the signal costing most first (signals that took nothing
    /// off are listed too, with 0 points, so every signal computed is accounted for).
    /// </summary>
    public IReadOnlyList<ScoreReason> Reasons { get; init; } = [];

    /// <summary>
    /// Gets the findings the editor suppressed in the draft (<see cref="Finding.Suppressed"/>), sorted like
    /// <see cref="Findings"/>: reported so that nothing is hidden silently, counted in no score.
    /// </summary>
    public IReadOnlyList<Finding> SuppressedFindings { get; init; } = [];

    /// <summary>
    /// Gets the credibility (0–100) the article's source had in an <see cref="ISourceLedger"/> before this article
    /// was recorded; <see langword="null"/> when no ledger was used, the source was new, or the article has no source.
    /// Set by whoever records the article (the tool's <c>score --ledger</c>), not by the scorer.
    /// </summary>
    public double? SourceCredibility { get; init; }

    /// <summary>Gets the score of one signal, or <see langword="null"/> when the scorer does not compute it.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>The signal's score, if any.</returns>
    public SignalScore? GetSignal(Signal signal)
    {
        foreach (var score in Signals)
        {
            if (score.Signal == signal)
            {
                return score;
            }
        }

        return null;
    }
}
