namespace SourceScore.Signals.Machine;

/// <summary>How the machine-rewritten-prose signal judges an article.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class MachineOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static MachineOptions Default { get; } = new();

    /// <summary>
    /// Gets the fewest words for a confident judgement. Shorter texts get an info finding (SS2007) and a
    /// risk that shrinks with their length, at most 0.25: detectors misfire on short texts.
    /// </summary>
    /// <value>Default 80.</value>
    public int MinWords { get; init; } = 80;
}
