using System.Numerics;

namespace SourceScore.Models;

/// <summary>
/// A read-only open-addressing table from word hashes to <see cref="WordStats"/>, built from the lexicon's
/// separate tables when it loads (the file keeps them separate). Every word of human news and every listed
/// misspelling has an entry; any other word gets <see cref="Unknown"/>. Thread-safe once built.
/// </summary>
internal sealed class WordStatsTable
{
    // Key and stats side by side: one cache line per probe.
    private readonly Entry[] _entries;
    private readonly string[] _corrections;
    private readonly int _mask;

    public WordStatsTable(
        HashCountTable words,
        HashCountTable followers,
        HashCountTable topFollower,
        IReadOnlyDictionary<ulong, string> typos,
        Func<int, double> logUnigram)
    {
        Unknown = new WordStats(0, 0, 0, logUnigram(0), -1);
        var keys = new HashSet<ulong>(words.Pairs().Select(p => p.Key));
        keys.UnionWith(typos.Keys);
        keys.Remove(0);
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Count * 2));
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        var corrections = new List<string>();
        foreach (ulong key in keys)
        {
            int count = words[key];
            int correction = -1;
            if (typos.TryGetValue(key, out var fix))
            {
                correction = corrections.Count;
                corrections.Add(fix);
            }

            var stats = new WordStats(count, followers[key], topFollower[key], logUnigram(count), correction);
            int i = (int)(key & (uint)_mask);
            while (_entries[i].Key != 0)
            {
                i = (i + 1) & _mask;
            }

            _entries[i] = new Entry(key, stats);
        }

        _corrections = [.. corrections];
    }

    /// <summary>Gets the stats of a word found nowhere in the lexicon.</summary>
    public WordStats Unknown { get; }

    /// <summary>Gets the stats of the word with hash <paramref name="key"/>.</summary>
    public WordStats this[ulong key]
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
                    return entry.Stats;
                }

                if (entry.Key == 0)
                {
                    return Unknown;
                }

                i = (i + 1) & _mask;
            }
        }
    }

    /// <summary>Gets the correction of a listed misspelling, from its <see cref="WordStats.CorrectionIndex"/>.</summary>
    public string Correction(in WordStats stats) => _corrections[stats.CorrectionIndex];

    private readonly record struct Entry(ulong Key, WordStats Stats);
}
