using System.Buffers;

namespace SourceScore.Text;

/// <summary>
/// Counts 64-bit keys (word or n-gram hashes) seen in one text: open addressing over a pooled array that
/// starts small, so that short texts stay in the first-level cache, and doubles when half full. Zero is the
/// empty key and is never counted. Dispose returns the array to the pool. Not thread-safe; one per text.
/// </summary>
internal struct HashTally : IDisposable
{
    private Entry[] _entries;
    private int _mask;

    public HashTally(int initialCapacity)
    {
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, initialCapacity));
        _entries = Rent(capacity);
        _mask = capacity - 1;
        Count = 0;
    }

    /// <summary>Gets the number of distinct keys.</summary>
    public int Count { readonly get; private set; }

    /// <summary>Counts one occurrence of <paramref name="key"/> and returns how often it has now been seen (1 the first time).</summary>
    public int Add(ulong key) => Add(key, 1);

    /// <summary>Adds <paramref name="amount"/> (positive) to the count of <paramref name="key"/> and returns the count now.</summary>
    public int Add(ulong key, int amount)
    {
        if (key == 0)
        {
            return 0;
        }

        var entries = _entries;
        int i = (int)(key & (uint)_mask);
        while (true)
        {
            ref var entry = ref entries[i];
            if (entry.Key == key)
            {
                return entry.Count += amount;
            }

            if (entry.Key == 0)
            {
                entry.Key = key;
                entry.Count = amount;
                if (++Count * 2 > _mask + 1)
                {
                    Grow();
                }

                return amount;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Writes each distinct key and its count to <paramref name="destination"/> (at least <see cref="Count"/> long), in no particular order.</summary>
    public readonly void CopyTo(Span<(ulong Key, int Count)> destination)
    {
        int n = 0;
        foreach (var entry in _entries.AsSpan(0, _mask + 1))
        {
            if (entry.Key != 0)
            {
                destination[n++] = (entry.Key, entry.Count);
            }
        }
    }

    public void Dispose()
    {
        if (_entries is not null)
        {
            ArrayPool<Entry>.Shared.Return(_entries);
            _entries = null!;
        }
    }

    private static Entry[] Rent(int capacity)
    {
        var entries = ArrayPool<Entry>.Shared.Rent(capacity);
        Array.Clear(entries, 0, capacity);
        return entries;
    }

    private void Grow()
    {
        var old = _entries;
        int oldCapacity = _mask + 1;
        int capacity = oldCapacity * 2;
        var entries = Rent(capacity);
        int mask = capacity - 1;
        for (int j = 0; j < oldCapacity; j++)
        {
            var entry = old[j];
            if (entry.Key == 0)
            {
                continue;
            }

            int i = (int)(entry.Key & (uint)mask);
            while (entries[i].Key != 0)
            {
                i = (i + 1) & mask;
            }

            entries[i] = entry;
        }

        ArrayPool<Entry>.Shared.Return(old);
        _entries = entries;
        _mask = mask;
    }

    private struct Entry
    {
        public ulong Key;
        public int Count;
    }
}
