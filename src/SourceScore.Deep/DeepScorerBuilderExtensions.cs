using SourceScore.Signals.Machine;
using SourceScore.Deep;

namespace SourceScore;

/// <summary>Switches on the deep tier (SourceScore.Deep) in a <see cref="ScorerBuilder"/>.</summary>
public static class DeepScorerBuilderExtensions
{
    /// <summary>
    /// Judges machine-written prose with sentence embeddings (all-MiniLM-L6-v2 on ONNX Runtime, CPU) on top of the fast
    /// model's features: far better on modern language-model news (models/machine-deep-v1.md), at about 15 ms of one core
    /// a sentence (half a second a 6 KB page) instead of well under a millisecond an article. SS2001 then points at the
    /// sentence that reads most machine-written. Call after <c>UseMachineChecks</c> or <c>UseDefaultChecks</c>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The machine signal has not been added (call <c>UseMachineChecks</c> first).</exception>
    public static ScorerBuilder UseDeepModels(this ScorerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var evidence = new DeepMachineEvidence();
        int replaced = builder.ReplaceChecks(check => check is MachineProseCheck { HasEvidence: false } machine ? machine.WithEvidence(evidence) : null);
        if (replaced == 0)
        {
            throw new InvalidOperationException("UseDeepModels strengthens the machine signal: call UseMachineChecks() before UseDeepModels().");
        }

        return builder;
    }
}
