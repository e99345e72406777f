using SourceScore.Text;

namespace SourceScore.Signals.Machine;

/// <summary>
/// Tells a misspelling from a rare word: whether a word, or a regular inflection of it, is in the
/// dictionary, and which common word one edit away (a letter dropped, added, changed, or two swapped) it
/// most likely meant. Works on a stack buffer; allocates only the correction it returns. Thread-safe.
/// </summary>
internal static class Spelling
{
    /// <summary>How often a word must occur in human news to be offered as the correction of a near miss.</summary>
    public const int CorrectionMinCount = 20;

    private const int MaxLength = 24;

    /// <summary>Whether the case-folded word, or its stem after a regular suffix is taken off, is a known word.</summary>
    public static bool IsKnown(NewsLexicon lexicon, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            return true;
        }

        Span<char> w = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            w[i] = WordHash.Fold(word[i]);
        }

        if (Known(lexicon, w))
        {
            return true;
        }

        if (w.EndsWith("'s") && Known(lexicon, w[..^2]))
        {
            return true;
        }

        Span<char> stem = stackalloc char[w.Length + 1];
        ReadOnlySpan<string> suffixes = ["s", "es", "ed", "d", "ing", "ly", "er", "est", "ers", "ness", "ment", "ments", "ies", "ied", "ily", "ier", "iest", "able", "ful", "less"];
        foreach (string suffix in suffixes)
        {
            if (w.Length - suffix.Length < 3 || !w.EndsWith(suffix))
            {
                continue;
            }

            var root = w[..^suffix.Length];
            if (Known(lexicon, root))
            {
                return true;
            }

            // try → tries, tried, trier; happy → happily.
            if (suffix[0] == 'i')
            {
                root.CopyTo(stem);
                stem[root.Length] = 'y';
                if (Known(lexicon, stem[..(root.Length + 1)]))
                {
                    return true;
                }
            }

            // make → making, made → maker; stop → stopping.
            root.CopyTo(stem);
            stem[root.Length] = 'e';
            if (Known(lexicon, stem[..(root.Length + 1)]))
            {
                return true;
            }

            if (root.Length >= 4 && root[^1] == root[^2] && Known(lexicon, root[..^1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The commonest news word one edit away from <paramref name="word"/> that occurs at least
    /// <see cref="CorrectionMinCount"/> times, or <see langword="null"/>. The lexicon's filter of such words turns most
    /// of the hundreds of edits away before they reach the word table.
    /// </summary>
    public static string? Nearest(NewsLexicon lexicon, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > MaxLength)
        {
            return null;
        }

        Span<char> w = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            w[i] = WordHash.Fold(word[i]);
            if (w[i] is < 'a' or > 'z')
            {
                return null;
            }
        }

        Span<char> candidate = stackalloc char[word.Length + 1];
        Span<char> best = stackalloc char[word.Length + 1];
        int bestLength = 0, bestCount = CorrectionMinCount - 1;
        var filter = lexicon.CorrectionWords;

        void Consider(ReadOnlySpan<char> c, Span<char> best, ref int bestLength, ref int bestCount)
        {
            ulong h = WordHash.Of(c);
            if (!filter.MayContain(h))
            {
                return;
            }

            int count = lexicon.Words[h];
            if (count > bestCount)
            {
                bestCount = count;
                bestLength = c.Length;
                c.CopyTo(best);
            }
        }

        // Transpositions first: the commonest slip ("teh", "wiht").
        for (int i = 0; i + 1 < w.Length; i++)
        {
            w.CopyTo(candidate);
            (candidate[i], candidate[i + 1]) = (candidate[i + 1], candidate[i]);
            Consider(candidate[..w.Length], best, ref bestLength, ref bestCount);
        }

        for (int i = 0; i < w.Length; i++)
        {
            // Deletion.
            w[..i].CopyTo(candidate);
            w[(i + 1)..].CopyTo(candidate[i..]);
            Consider(candidate[..(w.Length - 1)], best, ref bestLength, ref bestCount);

            // Substitution.
            w.CopyTo(candidate);
            for (char c = 'a'; c <= 'z'; c++)
            {
                if (c != w[i])
                {
                    candidate[i] = c;
                    Consider(candidate[..w.Length], best, ref bestLength, ref bestCount);
                }
            }
        }

        // Insertion.
        for (int i = 0; i <= w.Length; i++)
        {
            w[..i].CopyTo(candidate);
            w[i..].CopyTo(candidate[(i + 1)..]);
            for (char c = 'a'; c <= 'z'; c++)
            {
                candidate[i] = c;
                Consider(candidate[..(w.Length + 1)], best, ref bestLength, ref bestCount);
            }
        }

        return bestLength == 0 ? null : new string(best[..bestLength]);
    }

    private static bool Known(NewsLexicon lexicon, ReadOnlySpan<char> folded)
    {
        ulong h = WordHash.Of(folded);
        return lexicon.Known[h] > 0 || lexicon.Words[h] > 0;
    }
}
