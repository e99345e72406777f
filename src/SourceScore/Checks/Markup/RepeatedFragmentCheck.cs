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
                    }
                    else
                    {
                        seenSentences.TryAdd(hash, (i, span));
                    }
                }

                start = end;
            }
        }
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
            if (s[k] is '.' or '!' or '?' && s[k + 1] == ' ' && k + 2 < s.Length && char.IsUpper(s[k + 2]))
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
