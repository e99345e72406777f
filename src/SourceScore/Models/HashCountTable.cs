using System.Numerics;

namespace SourceScore.Models;

/// <summary>
/// A read-only open-addressing table from 64-bit hashes to counts: the compact form in which word and
/// word-pair statistics ship (hashes, never the words). Zero is the empty key. Thread-safe once built.
/// </summary>
internal sealed class HashCountTable
{
    // Key and count side by side: one cache line per probe, which matters for the large pair table.
    private readonly Entry[] _entries;
    private readonly int _mask;

    private HashCountTable(int capacity)
    {
        _entries = new Entry[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the count stored for <paramref name="key"/>, or 0.</summary>
    public int this[ulong key]
    {
        get
        {
            var entries = _entries;
            int i = (int)(key & (uint)_mask);
            while (true)
            {
                ref readonly var entry = ref entries[i];
                if (entry.Key == key)
                {
                    return entry.Value;
                }

                if (entry.Key == 0)
                {
                    return 0;
                }

                i = (i + 1) & _mask;
            }
        }
    }

    /// <summary>Builds a table at most half full from key–count pairs (zero keys and counts are skipped).</summary>
    public static HashCountTable Build(IReadOnlyCollection<KeyValuePair<ulong, int>> pairs)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, pairs.Count * 2));
        var table = new HashCountTable(capacity);
        foreach (var (key, value) in pairs)
        {
            table.Set(key, value);
        }

        return table;
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static HashCountTable Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 1 << 26)
        {
            throw new InvalidDataException($"Corrupt count table ({count} entries).");
        }

        var pairs = new KeyValuePair<ulong, int>[count];
        for (int i = 0; i < count; i++)
        {
            pairs[i] = new(reader.ReadUInt64(), reader.ReadInt32());
        }

        return Build(pairs);
    }

    /// <summary>Writes the pairs in key order, so the same table always gives the same bytes.</summary>
    public void Write(BinaryWriter writer)
    {
        var pairs = new List<KeyValuePair<ulong, int>>(Pairs());
        pairs.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        writer.Write(pairs.Count);
        foreach (var (key, value) in pairs)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private void Set(ulong key, int value)
    {
        if (key == 0 || value == 0)
        {
            return;
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

    /// <summary>Enumerates the keys and counts, in table order.</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Pairs()
    {
        foreach (var entry in _entries)
        {
            if (entry.Key != 0)
            {
                yield return new(entry.Key, entry.Value);
            }
        }
    }

    private readonly record struct Entry(ulong Key, int Value);
}
