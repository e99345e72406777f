namespace SourceScore.Text;

/// <summary>What a <see cref="WordScanner"/> token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes (<c>don't</c>, <c>Nigeria’s</c>).</summary>
    Word,

    /// <summary>Starts with a digit: <c>17,643</c>, <c>3.3</c>, <c>1990s</c>, <c>5th</c>.</summary>
    Number,

    /// <summary>Any other visible character, one at a time.</summary>
    Punctuation,
}

/// <summary>One token: where it is, what it is, its case-folded hash, and what separates it from the token before.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, ulong Hash, bool SpaceBefore, bool LineBreakBefore)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into words, numbers and punctuation in one forward pass, without allocating. Training
/// builds the shipped word tables with it, and the machine-prose analysis reads text with it, so both see
/// the same tokens.
/// </summary>
internal ref struct WordScanner
{
    /// <summary>The hash every number shares: figures are not vocabulary.</summary>
    public static readonly ulong NumberHash = WordHash.Of("<num>");

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public WordScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    /// <summary>
    /// Scans the tokens of <paramref name="span"/> into <paramref name="buffer"/>, as many as fit, with offsets into
    /// <paramref name="text"/> (the first token counts as preceded by a space, as at the start of any text).
    /// </summary>
    /// <returns>The tokens written, a prefix of <paramref name="buffer"/>.</returns>
    public static Span<Token> Scan(ReadOnlySpan<char> text, TextSpan span, Span<Token> buffer)
    {
        int n = 0;
        var scanner = new WordScanner(text.Slice(span.Start, span.Length));
        while (n < buffer.Length && scanner.MoveNext())
        {
            var t = scanner.Current;
            buffer[n++] = t with { Start = t.Start + span.Start };
        }

        return buffer[..n];
    }

    public bool MoveNext()
    {
        var text = _text;
        int i = _position;
        bool space = i == 0, lineBreak = i == 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            space = true;
            lineBreak |= text[i] is '\n' or '\r' or '\u2028' or '\u2029';
            i++;
        }

        if (i >= text.Length)
        {
            _position = i;
            return false;
        }

        int start = i;
        char c = text[i];
        if (char.IsDigit(c))
        {
            i++;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
            {
                i++;
            }

            Current = new Token(start, i - start, TokenKind.Number, NumberHash, space, lineBreak);
        }
        else if (char.IsLetter(c))
        {
            ulong h = WordHash.Offset;
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetter(d) || char.IsDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    h = (h ^ WordHash.Fold(d)) * WordHash.Prime;
                    i++;
                }
                else if (d is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    h = (h ^ '\'') * WordHash.Prime;
                    i++;
                }
                else
                {
                    break;
                }
            }

            Current = new Token(start, i - start, TokenKind.Word, h == 0 ? 1 : h, space, lineBreak);
        }
        else
        {
            i++;
            if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
            {
                i++;
            }

            Current = new Token(start, i - start, TokenKind.Punctuation, 0, space, lineBreak);
        }

        _position = i;
        return true;
    }
}
