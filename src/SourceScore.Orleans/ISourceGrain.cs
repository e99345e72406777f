using Orleans.Concurrency;

namespace SourceScore.Orleans;

/// <summary>One source's ledger entry (the grain's key is the source as the ledger keys it), persisted in the cluster's grain storage.</summary>
internal interface ISourceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records an article dated <paramref name="ticks"/> with its overall score and risks (in the ledger's signal order,
    /// NaN where a signal did not judge it); returns the record as it was before, or <see langword="null"/> when the source
    /// had none. An article whose id the source recorded recently is not counted again.
    /// </summary>
    Task<SourceEntry?> Record(string articleId, long ticks, double overall, double[] risks);

    /// <summary>The source's record, or <see langword="null"/> when it has none.</summary>
    [AlwaysInterleave]
    Task<SourceEntry?> Find();
}
