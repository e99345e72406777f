namespace SourceScore.Scoring;

/// <summary>
/// Turns what the checks of one signal found into that signal's <see cref="SignalScore"/>. One per
/// signal, registered with the signal's checks; stateless and thread-safe.
/// </summary>
internal abstract class SignalEvaluator
{
    public abstract Signal Signal { get; }

    /// <summary>
    /// Gets whether the signal can judge an article in <paramref name="language"/>. When it cannot, the scorer runs none
    /// of the checks that report only to signals that cannot, and writes the signal as not assessed
    /// (<see cref="NotJudgedReason"/>). Every language, unless the signal says otherwise.
    /// </summary>
    public virtual bool Judges(ArticleLanguage language) => true;

    /// <summary>Why the signal does not judge an article in <paramref name="language"/>.</summary>
    public virtual string NotJudgedReason(ArticleLanguage language) =>
        $"the article is in {language.Name} ({language.Code}), which the {Signal.ToName()} signal does not read";

    public abstract SignalScore Evaluate(CheckContext context);

    /// <summary>For the signals whose models and word lists are English: judges English, and articles whose language could not be told.</summary>
    protected static bool JudgesEnglish(ArticleLanguage language) => language.IsJudgedAsEnglish;

    /// <summary>The reason an English-only signal gives.</summary>
    protected string EnglishOnlyReason(ArticleLanguage language) =>
        $"the article is in {language.Name} ({language.Code}); the {Signal.ToName()} signal's models and word lists are English, so it judges English only";
}
