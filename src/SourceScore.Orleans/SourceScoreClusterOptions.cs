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

    /// <summary>The name of the grain storage the source ledger is kept in; the silos register a storage by this name.</summary>
    public const string StorageName = "sourcescore";

    /// <summary>Gets or sets how many recent article ids each source remembers, so that an article recorded again (a retry) is counted once. Default 4,096.</summary>
    public int RememberedIds { get; set; } = 4096;
}
