namespace SourceScore.Models;

/// <summary>
/// How a table of hashed keys and float weights is stored in a shipped file: the entry count, then each key and
/// weight in key order, so the same table always gives the same bytes. The claim weights and the stance
/// lexicon's log-odds tables are stored this way. Thread-safe.
/// </summary>
internal static class WeightTable
{
    /// <summary>The most entries a stored table may claim; more means the file is corrupt.</summary>
    public const int MaxEntries = 1 << 24;

    /// <summary>The lookup table of the weights that count: zero and non-finite weights are left out.</summary>
    public static HashTable<float> Build(IEnumerable<KeyValuePair<ulong, float>> pairs) =>
        new(pairs.Where(p => p.Value != 0 && float.IsFinite(p.Value)).ToList());

    public static void Write(BinaryWriter writer, IEnumerable<KeyValuePair<ulong, float>> pairs)
    {
        var sorted = pairs.ToList();
        sorted.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        writer.Write(sorted.Count);
        foreach (var (key, value) in sorted)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <param name="reader">The file.</param>
    /// <param name="what">What the file is, for the message when it is corrupt.</param>
    public static KeyValuePair<ulong, float>[] Read(BinaryReader reader, string what)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > MaxEntries)
        {
            throw new InvalidDataException($"Corrupt {what} ({count} entries).");
        }

        var pairs = new KeyValuePair<ulong, float>[count];
        for (int i = 0; i < count; i++)
        {
            pairs[i] = new(reader.ReadUInt64(), reader.ReadSingle());
        }

        return pairs;
    }
}
