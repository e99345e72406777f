using SourceScore.Signals.Agreement;

namespace SourceScore;

/// <summary>Adds the cross-source agreement signal to a <see cref="ScorerBuilder"/>.</summary>
public static class AgreementScorerBuilderExtensions
{
    /// <summary>
    /// Adds the agreement check: each article is looked up in <paramref name="index"/> (and then added to it), its
    /// claims are compared with the related articles from other sources (corroborated, contradicted, only
    /// discussed, unverified), near-copies and reworded copies are reported, and the <c>agreement</c> signal is
    /// computed (its risk is null when nothing related is known). Add it after the claims signal so that it
    /// compares the check-worthy claims; without it, the longer sentences are compared. When articles are scored
    /// as a stream, each is compared with exactly the articles before it.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="index">The story index, shared with whoever fills it (e.g. with a reference corpus first).</param>
    /// <param name="options">How articles are compared; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="index"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count in <paramref name="options"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">The agreement signal was already added.</exception>
    public static ScorerBuilder UseAgreementChecks(this ScorerBuilder builder, ICorpusIndex index, AgreementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(index);
        options ??= AgreementOptions.Default;
        if (options.MaxRelated <= 0 || options.MaxClaims <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxRelated and MaxClaims must be positive.");
        }

        return builder.AddSignal(AgreementSignalEvaluator.Instance, new AgreementCheck(index, options));
    }
}
