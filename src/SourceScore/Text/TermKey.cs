using System.Collections.Frozen;

namespace SourceScore.Text;

/// <summary>
/// The key under which two texts count a word as the same term, for same-story lookup and stance: case and
/// diacritics folded (Nigérien = Nigerien), a few spelling variants of transliterated names merged (Tchiani =
/// Tiani, Djibouti = Jibouti, Mohammed = Mohamed, Khalid = Kalid), demonyms brought to their place (Nigerien →
/// Niger, Russian → Russia, Nigerian → Nigeria), and light inflection stripped (strikes, striking, struck is left
/// alone). Function words have no key. Hashes only; allocates nothing but each thread's memo, once. The same
/// function builds the stance model's tables in training and reads them when scoring: changing it means retraining
/// (bump the lexicon version). Thread-safe.
/// </summary>
internal static class TermKey
{
    /// <summary>Longer words are cut to this many letters before the key is taken (keys of long words rarely collide).</summary>
    public const int MaxLength = 32;

    private static readonly char[] s_fold = BuildFold();

    [ThreadStatic]
    private static Remembered? t_remembered;

    private static readonly FrozenSet<ulong> s_stopwords = WordHash.SetOf(new[]
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
        "about", "as", "into", "onto", "over", "under", "after", "before", "between", "through", "during", "than", "then", "that",
        "this", "these", "those", "there", "here", "it", "its", "it's", "he", "she", "they", "them", "their", "his", "her", "him",
        "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "done",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "just", "only", "very", "more",
        "most", "some", "any", "all", "each", "every", "both", "either", "neither", "other", "such", "own", "same", "up",
        "down", "out", "off", "again", "further", "once", "if", "because", "while", "until", "upon", "per", "via", "s",
        "not", "no", "too", "now", "new", "one", "said", "says", "say", "told", "according", "mr", "mrs", "ms", "dr",
        "like", "get", "got", "make", "made", "many", "much", "even", "still", "well", "back", "way", "around", "since",
    });

    /// <summary>Whether the case-folded hash (as <see cref="WordScanner"/> gives it) is of a function word, which has no key.</summary>
    public static bool IsStopword(ulong wordHash) => s_stopwords.Contains(wordHash);

    /// <summary>
    /// The key of a word, or 0 when it is a function word or too short to matter. Keys already taken are remembered
    /// by the word's hash (<see cref="Remembered"/>): news reuses a small vocabulary, so most words are looked up,
    /// not normalised again.
    /// </summary>
    public static ulong Of(ReadOnlySpan<char> word, ulong wordHash)
    {
        if (wordHash == 0)
        {
            return 0;
        }

        // The hash folds U+2018 to an apostrophe, which the key does not break at: such a word is not remembered.
        if (word.Contains('\u2018'))
        {
            return Compute(word, wordHash);
        }

        var memo = t_remembered ??= new Remembered();
        int slot = (int)((wordHash ^ (wordHash >> 32)) & (Remembered.Slots - 1));
        if (memo.Hashes[slot] == wordHash)
        {
            return memo.Keys[slot];
        }

        ulong key = Compute(word, wordHash);
        memo.Hashes[slot] = wordHash;
        memo.Keys[slot] = key;
        return key;
    }

    /// <summary>The key of a word, worked out (<see cref="Of(ReadOnlySpan{char}, ulong)"/> without the memo).</summary>
    internal static ulong Compute(ReadOnlySpan<char> word, ulong wordHash)
    {
        if (wordHash == 0 || s_stopwords.Contains(wordHash))
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        int n = 0;
        foreach (char c in word)
        {
            if (c is '\'' or '\u2019')
            {
                break; // Nigeria's → nigeria
            }

            char f = c < s_fold.Length ? s_fold[c] : char.ToLowerInvariant(c);
            if (f == '\0')
            {
                continue; // a combining mark
            }

            if (n == MaxLength)
            {
                break;
            }

            buffer[n++] = f;
        }

        var key = Normalise(buffer[..n]);
        if (key.Length < 2)
        {
            return 0;
        }

        ulong h = WordHash.Offset;
        foreach (char c in key)
        {
            h = (h ^ c) * WordHash.Prime;
        }

        return h == 0 ? 1 : h;
    }

    /// <summary>The key of a word as text (tests and training).</summary>
    public static ulong Of(string word) => Of(word, WordHash.Of(word));

    /// <summary>Spelling variants, demonyms and inflection, in place; returns the part of <paramref name="w"/> that is the key.</summary>
    private static Span<char> Normalise(Span<char> w)
    {
        int n = w.Length;

        // Word-initial transliteration variants: Tchiani/Tiani, Djibouti/Jibouti, Phnom/Fnom, Khalid/Kalid.
        if (n >= 5 && w.StartsWith("tch"))
        {
            w[3..n].CopyTo(w[1..]);
            n -= 2;
        }
        else if (n >= 4 && (w.StartsWith("dj") || w.StartsWith("kh") || w.StartsWith("ph")))
        {
            w[0] = w[0] == 'p' ? 'f' : w[1] == 'j' ? 'j' : 'k';
            w[2..n].CopyTo(w[1..]);
            n--;
        }

        // Doubled letters: Mohammed/Mohamed, Gaddafi/Gadafi (and stopped/stoped, which does no harm).
        int m = 0;
        for (int i = 0; i < n; i++)
        {
            char c = w[i];
            if (c == 'q')
            {
                c = 'k';
            }

            if (m > 0 && w[m - 1] == c && char.IsLetter(c))
            {
                continue;
            }

            w[m++] = c;
        }

        n = m;
        var s = w[..n];

        // Inflection: plural and possessive s, -ies, -ing, -ed (after the double letters went: stopped → stoped → stop).
        if (n >= 5 && s.EndsWith("ies"))
        {
            s[n - 3] = 'y';
            n -= 2;
        }
        else if (n >= 4 && s[n - 1] == 's' && s[n - 2] is not ('s' or 'u' or 'i'))
        {
            n--;
        }

        s = w[..n];
        if (n >= 6 && s.EndsWith("ing"))
        {
            n -= 3;
        }
        else if (n >= 5 && s.EndsWith("ed"))
        {
            n -= 2;
        }

        s = w[..n];

        // Demonyms: Nigérien/Nigerien → niger, Russian → russia, Nigerian → nigeria (after -s: Russians → russian).
        if (n >= 7 && s.EndsWith("ien"))
        {
            n -= 3;
        }
        else if (n >= 7 && s.EndsWith("ienne"))
        {
            n -= 5;
        }
        else if (n >= 6 && s.EndsWith("ian"))
        {
            n -= 1;
        }

        return w[..n];
    }

    /// <summary>
    /// The base letter of each of U+00C0 to U+024F (Latin-1 Supplement and Latin Extended-A and -B) without its
    /// diacritics, '.' where there is none (Æ, ß, Þ…). A constant, not <c>string.Normalize</c>, so that the keys
    /// are the same whatever the host's globalization mode (training and scoring must agree).
    /// </summary>
    private const string LatinBase =
        "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";

    /// <summary>Lower case without diacritics for the Latin letters (é → e, ç → c, ß stays), nothing for combining marks.</summary>
    private static char[] BuildFold()
    {
        var fold = new char[0x370];
        for (int c = 0; c < fold.Length; c++)
        {
            fold[c] = char.ToLowerInvariant((char)c);
        }

        for (int i = 0; i < LatinBase.Length; i++)
        {
            if (LatinBase[i] != '.')
            {
                fold[0xC0 + i] = LatinBase[i];
            }
        }

        for (int c = 0x300; c < 0x370; c++)
        {
            fold[c] = '\0';
        }

        return fold;
    }

    /// <summary>
    /// A thread's keys of the words it has read, by the word's case-folded hash (<see cref="WordHash"/>, which takes
    /// every character the key reads, so equal hashes mean equal keys, barring 64-bit collisions, which the keys
    /// themselves risk too): direct-mapped, a new word replacing the one in its slot, 64 KB a thread. Nothing shared,
    /// so no locks.
    /// </summary>
    private sealed class Remembered
    {
        public const int Slots = 4096;

        public readonly ulong[] Hashes = new ulong[Slots];

        public readonly ulong[] Keys = new ulong[Slots];
    }
}
