using SourceScore.Scoring;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// Reads <c>signals.agreement</c> from what <see cref="AgreementCheck"/> concluded: <c>related</c> counts the
/// independent related articles from other sources (not the article's origin, nor others derived from it),
/// <c>corroborated</c> and <c>contradicted</c> the claims, and the risk is contradicted / (contradicted +
/// corroborated + 1) — 0 when related coverage neither supports nor disputes anything, towards 1 as contradictions
/// outnumber corroborations — raised to at least <see cref="UncreditedCopyRisk"/> for an uncredited copy of another
/// source's article; null when no related article is known.
/// </summary>
internal sealed class AgreementSignalEvaluator : SignalEvaluator
{
    public const string RelatedCount = "related";
    public const string CorroboratedCount = "corroborated";
    public const string ContradictedCount = "contradicted";

    /// <summary>Why the signal did not judge an article no related coverage is known for.</summary>
    public const string NoRelatedArticle = "no related article from another source is known";

    /// <summary>
    /// The least risk of an article that copies or rewords another source's article without credit: as much as one
    /// contradicted claim with nothing corroborated (30 points of the overall score at the agreement weight).
    /// </summary>
    public const double UncreditedCopyRisk = 0.5;

    public static readonly AgreementSignalEvaluator Instance = new();

    private AgreementSignalEvaluator()
    {
    }

    public override Signal Signal => Signal.Agreement;

    /// <summary>English only: its models and word lists were trained and written on English news.</summary>
    public override bool Judges(ArticleLanguage language) => JudgesEnglish(language);

    public override string NotJudgedReason(ArticleLanguage language) => EnglishOnlyReason(language);

    public override SignalScore Evaluate(CheckContext context)
    {
        var outcome = context.StateOf<AgreementOutcome>() ?? new AgreementOutcome(0, 0, 0);
        double? risk = outcome.Related == 0 ? null : Math.Round(outcome.Contradicted / (outcome.Contradicted + outcome.Corroborated + 1.0), 4);
        if (outcome.UncreditedCopy)
        {
            risk = Math.Max(risk ?? 0, UncreditedCopyRisk);
        }
        return new SignalScore(Signal.Agreement, risk,
            [new SignalCount(RelatedCount, outcome.Related), new SignalCount(CorroboratedCount, outcome.Corroborated), new SignalCount(ContradictedCount, outcome.Contradicted)])
        {
            NotAssessedReason = risk is null ? NoRelatedArticle : null,
        };
    }
}
