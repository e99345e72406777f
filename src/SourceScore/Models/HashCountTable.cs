using System.Numerics;

namespace SourceScore.Models;

/// <summary>
/// A read-only open-addressing table from 64-bit hashes to counts: the compact form in which word and
/// word-pair statistics ship (hashes, never the words). Zero is the empty key. Thread-safe once built.
/// </summary>
internal sealed class HashCountTable
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    private HashCountTable(int capacity)
    {
        _keys = new ulong[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the count stored for <paramref name="key"/>, or 0.</summary>
    public int this[ulong key]
    {
        get
        {
            int i = (int)(key & (uint)_mask);
            while (true)
            {
                ulong k = _keys[i];
                if (k == key)
                {
                    return _values[i];
                }

                if (k == 0)
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
        var pairs = new List<KeyValuePair<ulong, int>>(Count);
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                pairs.Add(new(_keys[i], _values[i]));
            }
        }

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
        while (_keys[i] != 0 && _keys[i] != key)
        {
            i = (i + 1) & _mask;
        }

        if (_keys[i] == 0)
        {
            Count++;
        }

        _keys[i] = key;
        _values[i] = value;
    }
}
