namespace SourceScore.Models;

/// <summary>
/// A read-only open-addressing table from word hashes to <see cref="WordStats"/>, built from the lexicon's
/// separate tables when it loads (the file keeps them separate). Every word of human news and every listed
/// misspelling has an entry; any other word gets <see cref="Unknown"/>. Thread-safe once built.
/// </summary>
internal sealed class WordStatsTable
{
    private readonly HashTable<WordStats> _table;
    private readonly string[] _corrections;

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
        var entries = new List<KeyValuePair<ulong, WordStats>>(keys.Count);
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

            entries.Add(new(key, new WordStats(count, followers[key], topFollower[key], logUnigram(count), correction)));
        }

        _table = new HashTable<WordStats>(entries);
        _corrections = [.. corrections];
    }

    /// <summary>Gets the stats of a word found nowhere in the lexicon.</summary>
    public WordStats Unknown { get; }

    /// <summary>Gets the stats of the word with hash <paramref name="key"/>.</summary>
    public WordStats this[ulong key] => _table.TryGetValue(key, out var stats) ? stats : Unknown;

    /// <summary>Gets the correction of a listed misspelling, from its <see cref="WordStats.CorrectionIndex"/>.</summary>
    public string Correction(in WordStats stats) => _corrections[stats.CorrectionIndex];
}
