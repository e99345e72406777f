using SourceScore.Signals.Claims;

namespace SourceScore;

/// <summary>Adds the unsupported-claims signal to a <see cref="ScorerBuilder"/>.</summary>
public static class ClaimsScorerBuilderExtensions
{
    /// <summary>
    /// Adds the claims check (a trained check-worthiness classifier per sentence, with attribution, weasel
    /// words and hedging; findings for unsupported claims, unsourced figures, weasel attribution and heavy
    /// hedging), the <c>claims</c> signal and the per-sentence view (<see cref="ArticleScore.Sentences"/>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">How the signal judges; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ClaimsOptions.CheckWorthyThreshold"/> is not in (0, 1).</exception>
    /// <exception cref="InvalidOperationException">The claims signal was already added.</exception>
    public static ScorerBuilder UseClaimsChecks(this ScorerBuilder builder, ClaimsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        options ??= ClaimsOptions.Default;
        if (options.CheckWorthyThreshold is double t && !(t > 0 && t < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), t, "CheckWorthyThreshold must lie between 0 and 1.");
        }

        return builder.AddSignal(ClaimsSignalEvaluator.Instance, new ClaimsCheck(options));
    }
}
