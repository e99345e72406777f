namespace SourceScore;

/// <summary>A named count a signal reports beside its risk, such as <c>checkworthy</c> or <c>related</c>.</summary>
/// <param name="Name">The contract's field name.</param>
/// <param name="Value">The count.</param>
public readonly record struct SignalCount(string Name, int Value);
