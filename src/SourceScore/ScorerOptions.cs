namespace SourceScore;

/// <summary>Limits and parallelism of a <see cref="Scorer"/>.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ScorerOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static ScorerOptions Default { get; } = new();

    /// <summary>Gets how many characters of an article's text the checks read; the rest is reported by rule SS5001 and not checked.</summary>
    /// <value>Default 1,000,000 (about 150 times a long news story): past that, a text is a dump, not an article.</value>
    public int MaxTextLength { get; init; } = 1_000_000;

    /// <summary>Gets how many findings of one rule an article's result keeps; the rest still count towards the risk.</summary>
    /// <value>Default 100: an editor cannot act on more, and a hostile text could otherwise make millions.</value>
    public int MaxFindingsPerRule { get; init; } = 100;

    /// <summary>Gets how many articles <see cref="Scorer.ScoreAsync"/> scores at once.</summary>
    /// <value>Default <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the longest excerpt a finding carries, in characters, before it is shortened with an ellipsis.</summary>
    /// <value>Default 120.</value>
    public int MaxExcerptLength { get; init; } = 120;
}
