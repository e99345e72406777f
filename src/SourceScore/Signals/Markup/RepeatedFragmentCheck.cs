using System.Buffers;
using SourceScore.Text;

namespace SourceScore.Signals.Markup;

/// <summary>
/// Finds text that occurs twice (SS1010), as when a conversion copies a block again or a fragment is
/// pasted into the middle of a sentence. Two passes, both linear:
/// lines are compared whole (without list markers, stray brackets, case, spacing or punctuation), from
/// <see cref="MinLineWords"/> words; and any run of <see cref="ShingleWords"/> words that occurs again,
/// wherever it starts, is reported as a repeated passage, extended to the full length of the copy.
/// Ten words in the same order almost never repeat by chance in one article, while short labels and
/// quotes repeated on purpose stay below that.
/// </summary>
internal sealed class RepeatedFragmentCheck : ICheck
{
    public static readonly RepeatedFragmentCheck Instance = new();

    private const int MinLineWords = 3;
    private const int MinLineChars = 20;
    private const int ShingleWords = 10;

    // A copy shorter than this must be a whole sentence on at least one side, so that templated lines
    // ("Paragraph 2 of the report describes …") do not count as copies of each other.
    private const int UnconditionalWords = 20;

    private RepeatedFragmentCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.RepeatedFragment];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        int maxWords = text.Length / 2 + 1;
        int[] starts = ArrayPool<int>.Shared.Rent(maxWords);
        int[] ends = ArrayPool<int>.Shared.Rent(maxWords);
        ulong[] hashes = ArrayPool<ulong>.Shared.Rent(maxWords);
        try
        {
            // One tokenisation serves both passes: a line's hash is made from the hashes of its words.
            int words = Tokenize(text, starts, ends, hashes);
            var reported = new List<TextSpan>();
            RepeatedLines(context, starts, hashes, words, reported);
            RepeatedPassages(context, starts, ends, hashes, words, reported);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<ulong>.Shared.Return(hashes);
        }
    }

    private static void RepeatedLines(CheckContext context, int[] starts, ulong[] hashes, int words, List<TextSpan> reported)
    {
        var text = context.Text;
        var lines = context.Lines;
        Dictionary<ulong, int>? seen = null;
        int w = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var content = TextScan.ContentOf(text, lines[i]);
            while (w < words && starts[w] < content.Start)
            {
                w++;
            }

            ulong hash = 17;
            int count = 0;
            while (w < words && starts[w] < content.End)
            {
                hash = (hash * 0x9E3779B97F4A7C15UL) ^ hashes[w];
                count++;
                w++;
            }

            if (content.Length < MinLineChars || count < MinLineWords)
            {
                continue;
            }

            seen ??= new Dictionary<ulong, int>();
            if (seen.TryGetValue(hash, out int firstLine))
            {
                var first = TextScan.ContentOf(text, lines[firstLine]);
                if (SameNormalized(text.Slice(content.Start, content.Length), text.Slice(first.Start, first.Length)))
                {
                    context.Report(MarkupRules.RepeatedFragment, content, "line", firstLine + 1, Preview(text.Slice(content.Start, content.Length)));
                    reported.Add(content);
                }
            }
            else
            {
                seen.Add(hash, i);
            }
        }
    }

    private static void RepeatedPassages(CheckContext context, int[] starts, int[] ends, ulong[] hashes, int words, List<TextSpan> reported)
    {
        var text = context.Text;
        if (words < 2 * ShingleWords)
        {
            return;
        }

        var firstSeen = new ShingleTable(words);
        var lines = context.Lines;
        int w = 0;
        while (w + ShingleWords <= words)
        {
            ulong shingle = Shingle(hashes, w);
            if (firstSeen.TryGet(shingle, out int earlier) && earlier + ShingleWords <= w && SameWords(text, starts, ends, earlier, w, ShingleWords))
            {
                // Extend the copy as far as the words keep matching (and the copies do not overlap).
                int length = ShingleWords;
                while (w + length < words && earlier + length < w && SameWords(text, starts, ends, earlier + length, w + length, 1))
                {
                    length++;
                }

                int end = ExtendOverClosingPunctuation(text, ends[w + length - 1], ends[earlier + length - 1]);
                var span = TextSpan.FromBounds(starts[w], end);
                bool whole = length >= UnconditionalWords
                    || IsWholeSentence(text, starts[earlier], ends[earlier + length - 1])
                    || IsWholeSentence(text, starts[w], ends[w + length - 1]);
                if (whole && !reported.Exists(r => r.Overlaps(span)))
                {
                    int line = TextScan.LineOf(lines, starts[earlier]);
                    context.Report(MarkupRules.RepeatedFragment, span, "passage", line + 1, Preview(text.Slice(span.Start, span.Length)));
                    reported.Add(span);
                }

                w += length;
                continue;
            }

            firstSeen.TryAdd(shingle, w);
            w++;
        }

        firstSeen.Dispose();
    }

    /// <summary>An open-addressing map from shingle hash to first word index, on pooled arrays (no per-article garbage).</summary>
    private struct ShingleTable : IDisposable
    {
        private readonly ulong[] _keys;
        private readonly int[] _values;
        private readonly int _mask;

        public ShingleTable(int capacity)
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            _keys = ArrayPool<ulong>.Shared.Rent(size);
            _values = ArrayPool<int>.Shared.Rent(size);
            _mask = size - 1;
            Array.Clear(_values, 0, size);
        }

        public readonly bool TryGet(ulong key, out int value)
        {
            for (int i = (int)(key & (uint)_mask); ; i = (i + 1) & _mask)
            {
                if (_values[i] == 0)
                {
                    value = 0;
                    return false;
                }

                if (_keys[i] == key)
                {
                    value = _values[i] - 1;
                    return true;
                }
            }
        }

        public readonly void TryAdd(ulong key, int value)
        {
            for (int i = (int)(key & (uint)_mask); ; i = (i + 1) & _mask)
            {
                if (_values[i] == 0)
                {
                    _keys[i] = key;
                    _values[i] = value + 1;
                    return;
                }

                if (_keys[i] == key)
                {
                    return;
                }
            }
        }

        public readonly void Dispose()
        {
            ArrayPool<ulong>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_values);
        }
    }

    /// <summary>Whether [start, end) runs from the start of a sentence or line to the end of one.</summary>
    private static bool IsWholeSentence(ReadOnlySpan<char> text, int start, int end)
    {
        int before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '"' or '“' or '‘' or '\'' or '(' or '-' or '•')
        {
            before--;
        }

        bool startsSentence = before < 0 || text[before] is '\n' or '\r' or '.' or '!' or '?' or ':';
        int after = end;
        while (after < text.Length && text[after] is '"' or '”' or '’' or '\'' or ')')
        {
            after++;
        }

        bool endsSentence = after >= text.Length || text[after] is '\n' or '\r' or '.' or '!' or '?' or ';';
        return startsSentence && endsSentence;
    }

    /// <summary>Takes a sentence's closing punctuation into the span when the earlier copy has the same.</summary>
    private static int ExtendOverClosingPunctuation(ReadOnlySpan<char> text, int end, int earlierEnd)
    {
        while (end < text.Length && earlierEnd < text.Length && text[end] == text[earlierEnd] && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or ')')
        {
            end++;
            earlierEnd++;
        }

        return end;
    }

    /// <summary>Splits the text into words (letters and digits), with a case-insensitive hash of each.</summary>
    private static int Tokenize(ReadOnlySpan<char> text, int[] starts, int[] ends, ulong[] hashes)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            int start = i;
            ulong hash = 14695981039346656037UL;
            while (i < text.Length && IsWordChar(text[i]))
            {
                char c = text[i];
                c = char.IsAscii(c) ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
                hash = (hash ^ c) * 1099511628211UL;
                i++;
            }

            starts[count] = start;
            ends[count] = i;
            hashes[count] = hash;
            count++;
        }

        return count;
    }

    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static ulong Shingle(ulong[] hashes, int first)
    {
        ulong h = 0;
        for (int k = 0; k < ShingleWords; k++)
        {
            h = (h * 0x9E3779B97F4A7C15UL) ^ hashes[first + k];
        }

        return h;
    }

    private static bool SameWords(ReadOnlySpan<char> text, int[] starts, int[] ends, int a, int b, int count)
    {
        for (int k = 0; k < count; k++)
        {
            var x = text[starts[a + k]..ends[a + k]];
            var y = text[starts[b + k]..ends[b + k]];
            if (!x.Equals(y, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
    private static bool SameNormalized(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
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
