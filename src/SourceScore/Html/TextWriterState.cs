using System.Text;

namespace SourceScore.Html;

/// <summary>
/// Builds extracted text the way a browser lays it out: runs of white space collapse to one space,
/// blocks start on a new line, <c>br</c> breaks a line, and <c>pre</c> keeps its spacing.
/// </summary>
internal sealed class TextWriterState
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    public int InPre { get; set; }

    public void AppendText(string text, bool preserve)
    {
        if (preserve)
        {
            FlushSpace();
            _text.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal));
            return;
        }

        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                _pendingSpace = true;
                continue;
            }

            FlushSpace();
            _text.Append(c);
        }
    }

    public void AppendRaw(string text)
    {
        _pendingSpace = false;
        _text.Append(text);
    }

    public void BlockBreak()
    {
        _pendingSpace = false;
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            TrimTrailingSpaces();
            _text.Append('\n');
        }
    }

    public void LineBreak()
    {
        _pendingSpace = false;
        TrimTrailingSpaces();
        _text.Append('\n');
    }

    public void CellBreak()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _pendingSpace = false;
            TrimTrailingSpaces();
            _text.Append(" | ");
        }
    }

    public string ToText()
    {
        int start = 0, end = _text.Length;
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        // Collapse the empty lines that consecutive block breaks and <br> pairs leave behind.
        var result = new StringBuilder(end - start);
        int newlines = 0;
        for (int i = start; i < end; i++)
        {
            char c = _text[i];
            if (c == '\n')
            {
                if (++newlines > 1)
                {
                    continue;
                }
            }
            else
            {
                newlines = 0;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private void FlushSpace()
    {
        if (_pendingSpace && _text.Length > 0 && _text[^1] is not ('\n' or ' '))
        {
            _text.Append(' ');
        }

        _pendingSpace = false;
    }

    private void TrimTrailingSpaces()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }
    }
}
