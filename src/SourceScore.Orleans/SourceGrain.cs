using Microsoft.Extensions.Options;
using SourceScore.Ledger;

namespace SourceScore.Orleans;

/// <summary>
/// A source's ledger entry: the same arithmetic as every SourceScore ledger (<see cref="SourceTally"/>), written to the
/// grain storage before the call returns, so a recorded article survives the loss of the silo. The first article of a
/// source also enters it in the <see cref="ISourceDirectoryGrain"/>.
/// </summary>
internal sealed class SourceGrain : Grain, ISourceGrain
{
    private readonly IPersistentState<SourceLedgerState> _state;
    private readonly SourceScoreClusterOptions _options;
    private readonly SourceLedgerOptions _ledger;

    public SourceGrain([PersistentState("source", SourceScoreClusterOptions.StorageName)] IPersistentState<SourceLedgerState> state, IOptions<SourceScoreClusterOptions> options)
    {
        _state = state;
        _options = options.Value;
        _ledger = _options.Ledger ?? SourceLedgerOptions.Default;
    }

    public async Task<SourceEntry?> Record(string articleId, long ticks, double overall, double[] risks)
    {
        var state = _state.State;
        string source = this.GetPrimaryKeyString();
        var tally = state.ToTally();
        var before = state.Articles == 0 ? null : SourceEntry.Of(tally.ToRecord(source, _ledger));
        ulong id = SourceLedgerState.HashOf(articleId);
        if (state.RecentIds.Contains(id))
        {
            // A retry of an article already recorded: counted once.
            return before;
        }

        if (state.Articles == 0)
        {
            await GrainFactory.GetGrain<ISourceDirectoryGrain>(0).Register(source).ConfigureAwait(true);
        }

        tally.Add(ticks, overall, risks, _ledger.HalfLife);
        state.Keep(tally);
        state.RecentIds.Add(id);
        if (state.RecentIds.Count > _options.RememberedIds)
        {
            state.RecentIds.RemoveRange(0, state.RecentIds.Count - _options.RememberedIds);
        }

        try
        {
            await _state.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            // Not stored (PostgreSQL unreachable, or another activation wrote first): forget the change, so that the
            // caller's retry records the article instead of finding its id among those recorded. The next call finds
            // the entry as stored, in a new activation (reading it back here fails too while PostgreSQL is away).
            DeactivateOnIdle();
            throw;
        }

        return before;
    }

    public Task<SourceEntry?> Find() =>
        Task.FromResult(_state.State.Articles == 0 ? null : SourceEntry.Of(_state.State.ToTally().ToRecord(this.GetPrimaryKeyString(), _ledger)));
}
