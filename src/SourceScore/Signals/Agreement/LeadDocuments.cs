using SourceScore.StanceReader;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// The openings of related articles already read for comparison (<see cref="ReadOpening"/>), so that an article
/// that many later ones relate to — as the first reports of a story are — is read once rather than once for each.
/// A set-associative cache by article id (sets of <see cref="Ways"/> entries, a random one replaced when a set is
/// full) of a fixed number of entries, so its memory is bounded (an entry holds one opening of at most
/// <see cref="CorpusIndexOptions.LeadLength"/> characters, read, with its terms' log-odds and, on first use, its
/// direction cues: about 15 KB). Lock-free: an entry is replaced whole, a reader sees the old one or the new one,
/// and two threads reading the same opening at once both read it (the same document) and one keeps it. An entry counts only for the same id and the same opening, so a replaced
/// article is read again.
/// </summary>
internal sealed class LeadDocuments
{
    /// <summary>Entries of one set: with one entry a set, two of a story's articles whose ids meet in a set would keep evicting each other.</summary>
    public const int Ways = 4;

    [ThreadStatic]
    private static uint t_random;

    private readonly Entry?[] _entries;

    /// <param name="capacity">Entries kept; rounded up to a power of two of at least <see cref="Ways"/>.</param>
    public LeadDocuments(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _entries = new Entry?[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, Ways))];
    }

    /// <summary>Gets the number of entries kept at most.</summary>
    public int Capacity => _entries.Length;

    /// <summary>The related article's opening, read, from the cache or read now (and kept).</summary>
    public ReadOpening Get(RelatedArticle related, StanceLexicon lexicon)
    {
        int set = (StringComparer.Ordinal.GetHashCode(related.Id) & (_entries.Length - 1)) & ~(Ways - 1);
        int free = -1;
        for (int way = 0; way < Ways; way++)
        {
            var entry = Volatile.Read(ref _entries[set + way]);
            if (entry is null)
            {
                free = free < 0 ? set + way : free;
            }
            else if (string.Equals(entry.Id, related.Id, StringComparison.Ordinal))
            {
                // Read with the same lexicon: scorers of two configurations with other house names share the check.
                if (string.Equals(entry.Opening.Document.Text, related.Lead, StringComparison.Ordinal) && ReferenceEquals(entry.Opening.Document.Lexicon, lexicon))
                {
                    return entry.Opening;
                }

                free = set + way; // the same article with another opening: replace it
            }
        }

        var opening = new ReadOpening(StanceDocument.Of(related.Lead, lexicon).KeepTermBodyWeights());
        Volatile.Write(ref _entries[free >= 0 ? free : set + (int)(NextRandom() % Ways)], new Entry(related.Id, opening));
        return opening;
    }

    /// <summary>A thread's own xorshift sequence (no shared state to contend for).</summary>
    private static uint NextRandom()
    {
        uint x = t_random == 0 ? (uint)Environment.CurrentManagedThreadId * 2654435761u | 1 : t_random;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        t_random = x;
        return x;
    }

    private sealed record Entry(string Id, ReadOpening Opening);
}
