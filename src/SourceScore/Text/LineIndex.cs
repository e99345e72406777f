namespace SourceScore.Text;

/// <summary>
/// The lines of a text: their spans without terminators (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), and
/// offset-to-line/column lookup for reporting. Immutable.
/// </summary>
internal sealed class LineIndex
{
    private readonly TextSpan[] _lines;

    private LineIndex(TextSpan[] lines) => _lines = lines;

    public int Count => _lines.Length;

    public ReadOnlySpan<TextSpan> Spans => _lines;

    public TextSpan this[int index] => _lines[index];

    public static LineIndex Build(ReadOnlySpan<char> text)
    {
        var lines = new List<TextSpan>(Math.Max(4, text.Length / 64));
        int start = 0;
        while (true)
        {
            int rel = text[start..].IndexOfAny('\n', '\r');
            if (rel < 0)
            {
                lines.Add(new TextSpan(start, text.Length - start));
                break;
            }

            int end = start + rel;
            lines.Add(new TextSpan(start, rel));
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return new LineIndex([.. lines]);
    }

    /// <summary>Finds the line holding <paramref name="offset"/> (an offset on a terminator belongs to the line it ends).</summary>
    public int LineOf(int offset) => TextScan.LineOf(_lines, offset);

    /// <summary>Gets the 1-based line and column (in UTF-16 code units) of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        int line = LineOf(offset);
        return (line + 1, offset - _lines[line].Start + 1);
    }
}
