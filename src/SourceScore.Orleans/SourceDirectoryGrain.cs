namespace SourceScore.Orleans;

/// <summary>The ledger's list of sources, persisted in the cluster's grain storage.</summary>
internal sealed class SourceDirectoryGrain : Grain, ISourceDirectoryGrain
{
    private readonly IPersistentState<SourceDirectoryState> _state;

    public SourceDirectoryGrain([PersistentState("sources", SourceScoreClusterOptions.StorageName)] IPersistentState<SourceDirectoryState> state) => _state = state;

    public async Task Register(string source)
    {
        if (_state.State.Sources.Add(source))
        {
            try
            {
                await _state.WriteStateAsync().ConfigureAwait(true);
            }
            catch
            {
                // Not stored: forget it, so that the next attempt registers the source again.
                await _state.ReadStateAsync().ConfigureAwait(true);
                throw;
            }
        }
    }

    public Task<string[]> List() => Task.FromResult(_state.State.Sources.ToArray());
}

/// <summary>The directory's stored state.</summary>
[GenerateSerializer]
internal sealed class SourceDirectoryState
{
    [Id(0)] public HashSet<string> Sources { get; set; } = new(StringComparer.Ordinal);
}
