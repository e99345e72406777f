using Orleans.Concurrency;

namespace SourceScore.Orleans;

/// <summary>The names of every source the ledger holds (one grain, key 0), persisted: what listing the ledger walks.</summary>
internal interface ISourceDirectoryGrain : IGrainWithIntegerKey
{
    Task Register(string source);

    [AlwaysInterleave]
    Task<string[]> List();
}
