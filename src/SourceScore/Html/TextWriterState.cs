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

        // Copy runs of visible characters whole; a run of white space (not the no-break space) becomes one pending space.
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOfAny(s_collapsible);
            if (space != 0)
            {
                FlushSpace();
                _text.Append(space < 0 ? rest : rest[..space]);
                if (space < 0)
                {
                    return;
                }
            }

            _pendingSpace = true;
            rest = rest[space..];
            int visible = rest.IndexOfAnyExcept(s_collapsible);
            if (visible < 0)
            {
                return;
            }

            rest = rest[visible..];
        }
    }

    // White space that HTML collapses: ASCII white space and the Unicode spaces a browser also folds (not U+00A0).
    private static readonly System.Buffers.SearchValues<char> s_collapsible = System.Buffers.SearchValues.Create(" \t\n\r\f\v\u0085\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

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
        var all = _text.ToString().AsSpan().Trim();

        // Collapse the empty lines that consecutive block breaks and <br> pairs leave behind, a segment at a time.
        if (all.IndexOf("\n\n", StringComparison.Ordinal) < 0)
        {
            return all.ToString();
        }

        var result = new StringBuilder(all.Length);
        while (!all.IsEmpty)
        {
            int pair = all.IndexOf("\n\n", StringComparison.Ordinal);
            if (pair < 0)
            {
                result.Append(all);
                break;
            }

            result.Append(all[..(pair + 1)]);
            all = all[(pair + 1)..].TrimStart('\n');
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
