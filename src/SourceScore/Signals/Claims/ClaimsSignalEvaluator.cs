using SourceScore.Scoring;

namespace SourceScore.Signals.Claims;

/// <summary>
/// Reads <c>signals.claims</c> from the per-sentence view <see cref="ClaimsCheck"/> recorded: <c>checkworthy</c>
/// counts the check-worthy claims, <c>unsupported</c> those with no named source (vague attribution is not
/// support) unless their rule is off or the editor suppressed it on that line, and the risk is the share of check-worthy claims left unsupported (0 when there are none).
/// </summary>
internal sealed class ClaimsSignalEvaluator : SignalEvaluator
{
    public const string CheckWorthyCount = "checkworthy";
    public const string UnsupportedCount = "unsupported";

    public static readonly ClaimsSignalEvaluator Instance = new();

    private ClaimsSignalEvaluator()
    {
    }

    public override Signal Signal => Signal.Claims;

    /// <summary>English only: its models and word lists were trained and written on English news.</summary>
    public override bool Judges(ArticleLanguage language) => JudgesEnglish(language);

    public override string NotJudgedReason(ArticleLanguage language) => EnglishOnlyReason(language);

    public override SignalScore Evaluate(CheckContext context)
    {
        int checkWorthy = 0, unsupported = 0;
        foreach (var sentence in context.ClaimSentences)
        {
            if (sentence.Verdict != ClaimVerdict.NotCheckWorthy)
            {
                checkWorthy++;
                unsupported += sentence.Verdict is ClaimVerdict.Unsupported or ClaimVerdict.Vague && !sentence.Waived ? 1 : 0;
            }
        }

        double risk = checkWorthy == 0 ? 0 : Math.Round(unsupported / (double)checkWorthy, 4);
        return new SignalScore(Signal.Claims, risk, [new SignalCount(CheckWorthyCount, checkWorthy), new SignalCount(UnsupportedCount, unsupported)]);
    }
}
