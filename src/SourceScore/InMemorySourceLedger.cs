using SourceScore.Ledger;

namespace SourceScore;

/// <summary>An <see cref="ISourceLedger"/> held in memory, for tests and short runs. Thread-safe.</summary>
public sealed class InMemorySourceLedger : ISourceLedger
{
    private readonly Dictionary<string, SourceTally> _sources = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly SourceLedgerOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="options">How credibility is weighed; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock that dates articles without a publication date; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public InMemorySourceLedger(SourceLedgerOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? SourceLedgerOptions.Default;
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public SourceRecord? Record(Article article, ArticleScore score)
    {
        if (!SourceTally.TryPlace(article, score, _time, out string source, out long ticks))
        {
            return null;
        }

        lock (_lock)
        {
            bool known = _sources.TryGetValue(source, out var tally);
            var before = known ? tally.ToRecord(source, _options) : null;
            if (!known)
            {
                tally = SourceTally.Empty();
            }

            tally.Add(ticks, score, _options.HalfLife);
            _sources[source] = tally;
            return before;
        }
    }

    /// <inheritdoc/>
    public SourceRecord? Find(string source)
    {
        string key = SourceTally.KeyOf(source);
        lock (_lock)
        {
            return _sources.TryGetValue(key, out var tally) ? tally.ToRecord(key, _options) : null;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<SourceRecord> List()
    {
        List<SourceRecord> records;
        lock (_lock)
        {
            records = [.. _sources.Select(p => p.Value.ToRecord(p.Key, _options))];
        }

        records.Sort(SourceTally.Rank);
        return records;
    }
}
