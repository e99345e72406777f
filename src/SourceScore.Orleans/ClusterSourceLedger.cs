using SourceScore.Ledger;

namespace SourceScore.Orleans;

/// <summary>
/// The source ledger of a SourceScore cluster, as an <see cref="ISourceLedger"/>: one grain per source keeps its entry
/// (the same arithmetic as every ledger), persisted in the cluster's grain storage; an article recorded again under
/// the same id (a retry after a lost silo) is counted once. Calls block until the cluster answers, as the interface is
/// synchronous.
/// </summary>
public sealed class ClusterSourceLedger : ISourceLedger
{
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;

    /// <summary>Creates the ledger over the cluster <paramref name="grains"/> reaches.</summary>
    /// <param name="grains">The cluster client (or a silo's grain factory).</param>
    /// <param name="timeProvider">The clock that dates articles without a publication date; <see langword="null"/> for the system clock.</param>
    public ClusterSourceLedger(IGrainFactory grains, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public SourceRecord? Record(Article article, ArticleScore score) => RecordAsync(article, score).GetAwaiter().GetResult();

    /// <summary>Records a scored article in its source's entry, as <see cref="Record"/> does, without blocking a thread.</summary>
    /// <param name="article">The article.</param>
    /// <param name="score">Its score.</param>
    /// <returns>The source's record as it was before this article, or <see langword="null"/> (no record yet, or nothing to record); fails with <see cref="ClusterUnavailableException"/> when the cluster does.</returns>
    public async Task<SourceRecord?> RecordAsync(Article article, ArticleScore score)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(score);
        if (!SourceTally.TryPlace(article, score, _time, out string source, out long ticks))
        {
            return null;
        }

        var risks = new double[SourceTally.Signals.Length];
        for (int s = 0; s < risks.Length; s++)
        {
            risks[s] = score.GetSignal(SourceTally.Signals[s])?.Risk ?? double.NaN;
        }

        string id = article.Id.Length > 0 ? article.Id : Guid.NewGuid().ToString("N");
        var before = await ClusterUnavailableException.OnFailure(_grains.GetGrain<ISourceGrain>(source).Record(id, ticks, score.Overall!.Value, risks), "the cluster's source ledger").ConfigureAwait(false);
        return before?.ToRecord();
    }

    /// <inheritdoc/>
    public SourceRecord? Find(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string key = SourceTally.KeyOf(source);
        return key.Length == 0 ? null : _grains.GetGrain<ISourceGrain>(key).Find().GetAwaiter().GetResult()?.ToRecord();
    }

    /// <inheritdoc/>
    public IReadOnlyList<SourceRecord> List()
    {
        var names = _grains.GetGrain<ISourceDirectoryGrain>(0).List().GetAwaiter().GetResult();
        var entries = Task.WhenAll(names.Select(n => _grains.GetGrain<ISourceGrain>(n).Find())).GetAwaiter().GetResult();
        var records = entries.OfType<SourceEntry>().Select(e => e.ToRecord()).ToList();
        records.Sort(SourceTally.Rank);
        return records;
    }
}
