namespace SourceScore.Orleans;

/// <summary>How the cluster shares SourceScore's story index and source ledger; the silos and the clients must agree.</summary>
public sealed class SourceScoreClusterOptions
{
    /// <summary>Gets or sets the number of story-index partitions (grains); every lookup asks each of them. Default 8.</summary>
    public int Partitions { get; set; } = 8;

    /// <summary>Gets or sets the bounds of the whole story index (each partition holds its share); <see langword="null"/> for the defaults.</summary>
    public CorpusIndexOptions? Index { get; set; }

    /// <summary>Gets or sets the ledger's arithmetic (prior, half-life); <see langword="null"/> for the defaults.</summary>
    public SourceLedgerOptions? Ledger { get; set; }

    /// <summary>
    /// Gets or sets how a silo makes its scorer over the cluster's story index (one per silo, shared by its scoring
    /// workers); <see langword="null"/> for <see cref="Scorer.CreateDefault(ICorpusIndex)"/>. The tool's
    /// <c>silo --deep</c> sets it to a scorer with the deep tier. Read by silos only.
    /// </summary>
    public Func<ICorpusIndex, Scorer>? CreateScorer { get; set; }

    /// <summary>The name of the grain storage the source ledger is kept in; the silos register a storage by this name.</summary>
    public const string StorageName = "sourcescore";

    /// <summary>
    /// Gets or sets how many recent article ids each source remembers (eight bytes each in its stored state, written
    /// with every article), so that an article recorded again (a retry after a silo was lost, within about two
    /// minutes) is counted once. Default 1,024: a source would have to publish more than eight articles a second for a
    /// retry to come after its id was forgotten.
    /// </summary>
    public int RememberedIds { get; set; } = 1024;
}
