using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Index;

/// <summary>
/// Princeton WordNet 3.1's single-word synonym sets (models/wordnet-3.1.txt.gz, embedded; licence in
/// models/WORDNET-LICENSE.txt) as <see cref="TermKey"/>s folded as a <see cref="CopyPrint"/> keeps them:
/// for each word's key, the keys of every word sharing a synset with it in any sense. Two texts whose content words meet here tell the same thing in swapped words, the
/// mark of an article spinner. Loaded once, on first use (about 90,000 synsets, a few megabytes); thread-safe.
/// </summary>
internal static class SynonymKeys
{
    private const string ResourceName = "SourceScore.Models.wordnet-3.1.txt.gz";

    private static readonly Lazy<FrozenDictionary<uint, uint[]>> s_table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The keys of the synonyms of the word whose key is <paramref name="key"/> (empty when it has none).</summary>
    public static ReadOnlySpan<uint> Of(uint key) =>
        s_table.Value.TryGetValue(key, out var keys) ? keys : ReadOnlySpan<uint>.Empty;

    private static FrozenDictionary<uint, uint[]> Load()
    {
        using var stream = EmbeddedModel.OpenResource(ResourceName, "synonym table");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var byKey = new Dictionary<uint, HashSet<uint>>();
        var keys = new List<uint>(16);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            keys.Clear();
            foreach (var range in line.AsSpan().Split(' '))
            {
                ulong key = TermKey.Of(line.AsSpan(range), WordHash.Of(line.AsSpan(range)));
                uint folded = CopyPrint.Fold(key);
                if (key != 0 && !keys.Contains(folded))
                {
                    keys.Add(folded);
                }
            }

            if (keys.Count < 2)
            {
                continue;
            }

            foreach (uint key in keys)
            {
                if (!byKey.TryGetValue(key, out var set))
                {
                    byKey[key] = set = [];
                }

                foreach (uint other in keys)
                {
                    if (other != key)
                    {
                        set.Add(other);
                    }
                }
            }
        }

        return byKey.ToFrozenDictionary(p => p.Key, p => p.Value.Order().ToArray());
    }
}
