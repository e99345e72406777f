using SourceScore.Signals.Source;

namespace SourceScore;

/// <summary>Adds the article-facts signal (<c>source</c>) to a <see cref="ScorerBuilder"/>.</summary>
public static class SourceScorerBuilderExtensions
{
    /// <summary>
    /// Adds the article-facts check — no byline (SS5005), no dateline or date (SS5006), opinion not labelled as
    /// opinion (SS5007), a headline the body does not support (SS5008, read with the embedded stance model) — and
    /// the <c>source</c> signal, whose risk those facts make up. Suppress a rule with
    /// <see cref="ScorerBuilder.Suppress"/> when a feed never carries that fact (for example bylines).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The source signal was already added.</exception>
    public static ScorerBuilder UseSourceChecks(this ScorerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSignal(SourceSignalEvaluator.Instance, ArticleFactsCheck.Instance);
    }
}
