using System.Buffers;
using System.Globalization;
using SourceScore.Text;

namespace SourceScore.Signals.Markup;

/// <summary>
/// Finds encoding damage: mojibake with its repair (SS1007), replacement characters (SS1008) and control
/// characters (SS1009), naming the Windows-1252 character a C1 control most likely stood for.
/// </summary>
internal sealed class EncodingDamageCheck : ICheck
{
    public static readonly EncodingDamageCheck Instance = new();

    private EncodingDamageCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.Mojibake, MarkupRules.ReplacementCharacter, MarkupRules.ControlCharacter];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        if (!text.ContainsAnyExceptInRange('\0', '\u007F') && text.IndexOfAny(s_damageChars) < 0)
        {
            return;
        }

        var repairs = new List<MojibakeDetector.Repair>();
        foreach (var line in context.Lines)
        {
            if (text.Slice(line.Start, line.Length).ContainsAnyExceptInRange('\0', '\u007F'))
            {
                MojibakeDetector.ScanLine(text, line, repairs);
            }
        }

        AddStrayLeads(text, repairs);
        foreach (var repair in repairs)
        {
            context.Report(MarkupRules.Mojibake, repair.Span, text.Slice(repair.Span.Start, repair.Span.Length).ToString(), repair.EncodingName, TextScan.ShowReplacement(repair.Fixed));
        }

        int next = 0;
        int i = 0;
        while (i < text.Length)
        {
            int rel = text[i..].IndexOfAny(s_damageChars);
            if (rel < 0)
            {
                break;
            }

            i += rel;
            char c = text[i];
            if (c == '\uFFFD')
            {
                int end = i + 1;
                while (end < text.Length && text[end] == '\uFFFD')
                {
                    end++;
                }

                if (!Covered(repairs, i, ref next))
                {
                    context.Report(MarkupRules.ReplacementCharacter, TextSpan.FromBounds(i, end));
                }

                i = end;
                continue;
            }

            if (!Covered(repairs, i, ref next))
            {
                string hint = c is >= '\u0080' and <= '\u009F' && TextScan.Windows1252(c) is string w
                    ? string.Create(CultureInfo.InvariantCulture, $"; it is probably the Windows-1252 '{w}' decoded as Latin-1")
                    : string.Empty;
                context.Report(MarkupRules.ControlCharacter, new TextSpan(i, 1), (int)c, hint);
            }

            i++;
        }
    }

    // U+FFFD and the control characters that do not belong in article text (tab, line feed, form feed and
    // carriage return do).
    private static readonly SearchValues<char> s_damageChars = SearchValues.Create(
        "\uFFFD\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    private static readonly SearchValues<char> s_strayLeads = SearchValues.Create("ÂÃâв");

    /// <summary>
    /// Adds the mojibake whose second byte was lost or turned into a plain space, which no decoding can
    /// repair: a stray 'Â' before a space, digit or punctuation (the first half of a UTF-8 no-break space or
    /// of '£', '°', '©'), 'Ã' + space after a lower-case letter (à whose no-break space became a space), and
    /// "â€" or "вЂ" not followed by the third byte of the quotation mark or dash they began.
    /// </summary>
    private static void AddStrayLeads(ReadOnlySpan<char> text, List<MojibakeDetector.Repair> repairs)
    {
        int before = repairs.Count;
        int next = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int rel = text[i..].IndexOfAny(s_strayLeads);
            if (rel < 0)
            {
                break;
            }

            i += rel;
            char c = text[i];

            if (Covered(repairs, i, ref next) && next < before)
            {
                continue;
            }

            char after = i + 1 < text.Length ? text[i + 1] : ' ';
            char prior = i > 0 ? text[i - 1] : ' ';
            if (c == 'Â' && !char.IsLetter(after) && after is not ('\u00A0' or '£' or '°' or '©' or '®' or '«' or '»' or '·' or '½'))
            {
                repairs.Add(new MojibakeDetector.Repair(new TextSpan(i, 1), after == ' ' ? string.Empty : "\u00A0", "Windows-1252 (a byte was lost)", 2));
            }
            else if (c == 'Ã' && after == ' ' && char.IsLower(prior))
            {
                repairs.Add(new MojibakeDetector.Repair(new TextSpan(i, 2), "à", "Windows-1252 (a byte was lost)", 2));
            }
            else if (c == 'â' && after == '€' && (i + 2 >= text.Length || !IsPunctuationTail(text[i + 2])))
            {
                repairs.Add(new MojibakeDetector.Repair(new TextSpan(i, 2), "a quotation mark or dash", "Windows-1252 (a byte was lost)", 3));
            }
            else if (c == 'в' && after == 'Ђ' && (i + 2 >= text.Length || !IsPunctuationTail(text[i + 2])))
            {
                repairs.Add(new MojibakeDetector.Repair(new TextSpan(i, 2), "a quotation mark or dash", "Windows-1251 (a byte was lost)", 3));
            }
        }

        if (repairs.Count > before)
        {
            repairs.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>Third characters that complete "â€" into a known mojibake sequence (already repaired elsewhere).</summary>
    private static bool IsPunctuationTail(char c) => c is '™' or 'œ' or '\u009D' or '\u009C' or '˜' or '"' or '”' or '“' or '¦' or '¢' or '¡' or '\u0093' or '\u0094' or '\u0099' or 'ž' or 'š' or '•' or '‹' or '›' or '¹' or 'º';

    /// <summary>Whether offset <paramref name="index"/> lies inside a reported repair; <paramref name="next"/> walks the sorted repairs.</summary>
    private static bool Covered(List<MojibakeDetector.Repair> repairs, int index, ref int next)
    {
        while (next < repairs.Count && repairs[next].Span.End <= index)
        {
            next++;
        }

        return next < repairs.Count && repairs[next].Span.Start <= index;
    }
}
