namespace SourceScore.Signals.Claims;

/// <summary>How the claims signal judges an article.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ClaimsOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static ClaimsOptions Default { get; } = new();

    /// <summary>
    /// Gets the check-worthiness (the <c>checkworthy</c> of the output, on which the model's own threshold — the best F1
    /// in training, see models/claims-v1.md — sits at 0.5) from which a sentence counts as a check-worthy claim, or
    /// <see langword="null"/> for 0.5. Lower it to see more claims, raise it to see only the strongest.
    /// </summary>
    public double? CheckWorthyThreshold { get; init; }
}
