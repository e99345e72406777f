namespace SourceScore.Checks.Markup;

/// <summary>
/// Finds lines, list items and sentences that occur twice (SS1010), as when a conversion copies a block
/// again. Lines are compared without list markers, stray brackets, case or spacing; a line needs
/// <see cref="MinLineWords"/> words and a sentence <see cref="MinSentenceWords"/>, so that short
/// repeated labels and quotes repeated on purpose are left alone.
/// </summary>
internal sealed class RepeatedFragmentCheck : ICheck
{
    public static readonly RepeatedFragmentCheck Instance = new();

    private const int MinLineWords = 3;
    private const int MinLineChars = 20;
    private const int MinSentenceWords = 8;

    private RepeatedFragmentCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.RepeatedFragment];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        var lines = context.Lines;
        var seenLines = new Dictionary<ulong, int>();
        var seenSentences = new Dictionary<ulong, (int Line, TextSpan Span)>();
        var reported = new List<TextSpan>();
        var fragments = new List<(int Line, TextSpan Span)>();
        for (int i = 0; i < lines.Length; i++)
        {
            var content = Content(text, lines[i]);
            if (content.Length == 0)
            {
                continue;
            }

            var slice = text.Slice(content.Start, content.Length);
            bool reportedLine = false;
            if (content.Length >= MinLineChars && CountWords(slice) >= MinLineWords)
            {
                ulong hash = NormalizedHash(slice);
                if (seenLines.TryGetValue(hash, out int firstLine) && SameNormalized(slice, Content(text, lines[firstLine]), text))
                {
                    context.Report(MarkupRules.RepeatedFragment, content, "line", firstLine + 1, Preview(slice));
                    reported.Add(content);
                    reportedLine = true;
                }
                else
                {
                    seenLines.TryAdd(hash, i);
                }
            }

            // Sentences inside the line.
            int start = 0;
            while (start < slice.Length)
            {
                int end = SentenceEnd(slice, start);
                var sentence = slice[start..end].Trim();
                if (!reportedLine && CountWords(sentence) >= MinSentenceWords)
                {
                    int offset = content.Start + start + (slice[start..end].Length - slice[start..end].TrimStart().Length);
                    var span = new TextSpan(offset, sentence.Length);
                    ulong hash = NormalizedHash(sentence);
                    if (seenSentences.TryGetValue(hash, out var first) && SameNormalized(sentence, first.Span, text) && !first.Span.Overlaps(span))
                    {
                        context.Report(MarkupRules.RepeatedFragment, span, "sentence", first.Line + 1, Preview(sentence));
                        reported.Add(span);
                    }
                    else
                    {
                        seenSentences.TryAdd(hash, (i, span));
                    }
                }

                if (!reportedLine && CountWords(sentence) >= MinSentenceWords)
                {
                    int offset = content.Start + start + (slice[start..end].Length - slice[start..end].TrimStart().Length);
                    fragments.Add((i, new TextSpan(offset, sentence.Length)));
                }

                start = end;
            }
        }

        FindEmbeddedCopies(context, lines, fragments, reported);
    }

    /// <summary>
    /// Finds sentences copied into the middle of other text (a pasted fragment need not start a line or
    /// follow a full stop): each long sentence is searched for verbatim elsewhere, and the later copy is reported.
    /// </summary>
    private static void FindEmbeddedCopies(CheckContext context, ReadOnlySpan<TextSpan> lines, List<(int Line, TextSpan Span)> fragments, List<TextSpan> reported)
    {
        var text = context.Text;
        foreach (var (line, span) in fragments)
        {
            var fragment = text.Slice(span.Start, span.Length);
            int searchFrom = 0;
            while (searchFrom < text.Length)
            {
                int rel = text[searchFrom..].IndexOf(fragment, StringComparison.Ordinal);
                if (rel < 0)
                {
                    break;
                }

                var other = new TextSpan(searchFrom + rel, span.Length);
                searchFrom = other.Start + 1;
                if (other.Overlaps(span))
                {
                    continue;
                }

                var later = other.Start > span.Start ? other : span;
                int earlierLine = other.Start > span.Start ? line : LineOfOffset(lines, other.Start);
                if (!reported.Exists(r => r.Overlaps(later)))
                {
                    context.Report(MarkupRules.RepeatedFragment, later, "passage", earlierLine + 1, Preview(text.Slice(later.Start, later.Length)));
                    reported.Add(later);
                }
            }
        }
    }

    private static int LineOfOffset(ReadOnlySpan<TextSpan> lines, int offset)
    {
        int lo = 0, hi = lines.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (lines[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The line without surrounding spaces, list markers ("-", "*", "•", "1.") and stray '&gt;'.</summary>
    private static TextSpan Content(ReadOnlySpan<char> text, TextSpan line)
    {
        int s = line.Start, e = line.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '-' or '*' or '•' or '>' or '·'))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }

    private static int SentenceEnd(ReadOnlySpan<char> s, int start)
    {
        for (int k = start; k < s.Length - 1; k++)
        {
            if (s[k] is not ('.' or '!' or '?'))
            {
                continue;
            }

            // "end. Next" is a boundary; so is "end.Next" (a space lost when a fragment was pasted), but
            // not "U.S." or "3.5": the character before the stop must be the second lower-case letter in a row.
            if (s[k + 1] == ' ' && k + 2 < s.Length && char.IsUpper(s[k + 2]))
            {
                return k + 1;
            }

            if (char.IsUpper(s[k + 1]) && k >= 2 && char.IsLower(s[k - 1]) && char.IsLower(s[k - 2]))
            {
                return k + 1;
            }
        }

        return s.Length;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>FNV-1a over letters and digits only, lower-cased: spacing and punctuation differences do not count.</summary>
    private static ulong NormalizedHash(ReadOnlySpan<char> s)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash ^= char.ToLowerInvariant(c);
                hash *= 1099511628211UL;
            }
        }

        return hash;
    }

    private static bool SameNormalized(ReadOnlySpan<char> a, TextSpan other, ReadOnlySpan<char> text)
    {
        var b = text.Slice(other.Start, other.Length);
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static string Preview(ReadOnlySpan<char> s) => s.Length <= 60 ? s.ToString() : string.Concat(s[..59].TrimEnd(), "…");
}
