using System.Numerics;

namespace SourceScore.Models;

/// <summary>
/// A read-only open-addressing table from 64-bit hashes to values, at most half full, each key beside its
/// value so that a probe touches one cache line (the shipped tables are larger than the caches). Zero is the
/// empty key and is never stored. The shared mechanism under <see cref="HashCountTable"/> and
/// <see cref="WordStatsTable"/>. Thread-safe once built.
/// </summary>
/// <typeparam name="TValue">The value stored with each key.</typeparam>
internal sealed class HashTable<TValue>
    where TValue : struct
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <summary>Builds a table from key–value pairs; zero keys are skipped, and a repeated key keeps its last value.</summary>
    public HashTable(IReadOnlyCollection<KeyValuePair<ulong, TValue>> pairs)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, pairs.Count * 2));
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in pairs)
        {
            if (key == 0)
            {
                continue;
            }

            int i = (int)(key & (uint)_mask);
            while (_entries[i].Key != 0 && _entries[i].Key != key)
            {
                i = (i + 1) & _mask;
            }

            if (_entries[i].Key == 0)
            {
                Count++;
            }

            _entries[i] = new Entry(key, value);
        }
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count { get; }

    /// <summary>Looks <paramref name="key"/> up.</summary>
    public bool TryGetValue(ulong key, out TValue value)
    {
        var entries = _entries;
        int i = (int)(key & (uint)_mask);
        while (true)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }

            if (entry.Key == 0)
            {
                value = default;
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Enumerates the keys and values, in table order.</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> Pairs()
    {
        foreach (var entry in _entries)
        {
            if (entry.Key != 0)
            {
                yield return new(entry.Key, entry.Value);
            }
        }
    }

    private readonly record struct Entry(ulong Key, TValue Value);
}
