using SourceScore.Signals.Machine;

namespace SourceScore;

/// <summary>Adds the machine-rewritten-prose signal to a <see cref="ScorerBuilder"/>.</summary>
public static class MachineScorerBuilderExtensions
{
    /// <summary>
    /// Adds the machine-prose check (a trained classifier over the text's rhythm, word choice and word pairs,
    /// with findings for misspellings, likely synonym swaps, stock phrases, template headings and punctuation
    /// slips) and the <c>machine</c> signal.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">How the signal judges; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MachineOptions.MinWords"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The machine signal was already added.</exception>
    public static ScorerBuilder UseMachineChecks(this ScorerBuilder builder, MachineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        options ??= MachineOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinWords, nameof(options));

        return builder.AddSignal(MachineSignalEvaluator.Instance, new MachineProseCheck(options));
    }
}
