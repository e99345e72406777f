namespace SourceScore;

/// <summary>Adds every signal that needs no story index to a <see cref="ScorerBuilder"/>, as <see cref="Scorer.CreateDefault()"/> has them.</summary>
public static class DefaultScorerBuilderExtensions
{
    /// <summary>
    /// Adds the markup, machine, claims and source signals with their default options: what
    /// <see cref="Scorer.CreateDefault()"/> builds, for callers that add to it (<c>UseAgreementChecks(index)</c>, the deep
    /// tier's <c>UseDeepModels()</c>, suppressed rules, options).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">One of these signals was already added.</exception>
    public static ScorerBuilder UseDefaultChecks(this ScorerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseMarkupChecks().UseMachineChecks().UseClaimsChecks().UseSourceChecks();
    }
}
