using SourceScore.Signals.Markup;

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
        options ??= MarkupOptions.Default;
        List<ICheck> checks = [LeakedTagCheck.Instance, AttributeDebrisCheck.Instance, EntityCheck.Instance, EncodingDamageCheck.Instance, LeakedCodeCheck.Instance];
        if (options.DetectRepeatedFragments)
        {
            checks.Add(RepeatedFragmentCheck.Instance);
        }

        if (options.DetectBoilerplate)
        {
            checks.Add(BoilerplateCheck.Instance);
        }

        if (options.DetectWhitespaceJunk)
        {
            checks.Add(WhitespaceJunkCheck.Instance);
        }

        return builder.AddSignal(MarkupSignalEvaluator.Instance, [.. checks]);
    }
}
