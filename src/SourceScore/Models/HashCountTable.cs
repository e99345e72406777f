namespace SourceScore.Models;

/// <summary>
/// A read-only open-addressing table from 64-bit hashes to counts: the compact form in which word and
/// word-pair statistics ship (hashes, never the words). Zero is the empty key. Thread-safe once built.
/// </summary>
internal sealed class HashCountTable
{
    private readonly HashTable<int> _table;

    private HashCountTable(HashTable<int> table) => _table = table;

    /// <summary>Gets the number of keys.</summary>
    public int Count => _table.Count;

    /// <summary>Gets the count stored for <paramref name="key"/>, or 0.</summary>
    public int this[ulong key] => _table.TryGetValue(key, out int count) ? count : 0;

    /// <summary>Builds a table at most half full from key–count pairs (zero keys and counts are skipped).</summary>
    public static HashCountTable Build(IReadOnlyCollection<KeyValuePair<ulong, int>> pairs) =>
        new(new HashTable<int>(pairs.Where(p => p.Value != 0).ToList()));

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

    /// <summary>Enumerates the keys and counts, in table order.</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Pairs() => _table.Pairs();
}
