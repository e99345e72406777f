using SourceScore.Checks.Markup;

namespace SourceScore;

/// <summary>Adds the garbled-markup signal to a <see cref="ScorerBuilder"/>.</summary>
public static class MarkupScorerBuilderExtensions
{
    /// <summary>
    /// Adds the garbled-markup checks (leaked tags, attribute debris, leaked script and data, entities, mojibake
    /// and other encoding damage, repeated fragments, boilerplate, whitespace junk) and the <c>markup</c> signal.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Which checks run; <see langword="null"/> for all.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The markup signal was already added.</exception>
    public static ScorerBuilder UseMarkupChecks(this ScorerBuilder builder, MarkupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.HasSignal(Signal.Markup))
        {
            throw new InvalidOperationException("The markup signal was already added to this builder.");
        }

        options ??= MarkupOptions.Default;
        builder.AddCheck(LeakedTagCheck.Instance)
            .AddCheck(AttributeDebrisCheck.Instance)
            .AddCheck(EntityCheck.Instance)
            .AddCheck(EncodingDamageCheck.Instance)
            .AddCheck(LeakedCodeCheck.Instance);
        if (options.DetectRepeatedFragments)
        {
            builder.AddCheck(RepeatedFragmentCheck.Instance);
        }

        if (options.DetectBoilerplate)
        {
            builder.AddCheck(BoilerplateCheck.Instance);
        }

        if (options.DetectWhitespaceJunk)
        {
            builder.AddCheck(WhitespaceJunkCheck.Instance);
        }

        return builder.AddSignal(MarkupSignalEvaluator.Instance);
    }
}
