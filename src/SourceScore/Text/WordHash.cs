namespace SourceScore.Text;

/// <summary>
/// 64-bit FNV-1a hashes of words, case-folded as they are read (ASCII fast path, invariant culture
/// otherwise; the typographic apostrophe counts as <c>'</c>), so lookups never allocate a lowered copy.
/// The same function builds the shipped tables in training and reads them when scoring: changing it
/// invalidates every table (bump the lexicon version). Thread-safe.
/// </summary>
internal static class WordHash
{
    public const ulong Empty = 0;

    /// <summary>The FNV-1a offset basis; <see cref="WordScanner"/> hashes words as it reads them, with the same constants.</summary>
    public const ulong Offset = 14695981039346656037UL;

    /// <summary>The FNV-1a prime.</summary>
    public const ulong Prime = 1099511628211UL;

    /// <summary>Hashes a word, case-folded.</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        ulong h = Offset;
        foreach (char c in word)
        {
            h = (h ^ Fold(c)) * Prime;
        }

        return h == Empty ? 1 : h;
    }

    /// <summary>The set of the words' hashes, for word lists looked up by the hash a scanner gives.</summary>
    public static System.Collections.Frozen.FrozenSet<ulong> SetOf(params IEnumerable<string> words) =>
        System.Collections.Frozen.FrozenSet.ToFrozenSet(words.Select(w => Of(w)));

    /// <summary>Hashes an ordered pair of word hashes (a bigram).</summary>
    public static ulong Pair(ulong first, ulong second)
    {
        ulong h = first * 0x9E3779B97F4A7C15UL;
        h ^= (second + 0x632BE59BD9B4E019UL) * 0xC2B2AE3D27D4EB4FUL;
        h ^= h >> 29;
        return h == Empty ? 1 : h;
    }

    /// <summary>The case-folded form of one character (the typographic apostrophe becomes <c>'</c>).</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
    }
}
