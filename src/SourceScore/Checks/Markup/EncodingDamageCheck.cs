using System.Globalization;
using SourceScore.Text;

namespace SourceScore.Checks.Markup;

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
        if (!text.ContainsAnyExceptInRange('\0', '\u007F') && !ContainsC0Control(text))
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
            context.Report(MarkupRules.Mojibake, repair.Span, text.Slice(repair.Span.Start, repair.Span.Length).ToString(), repair.EncodingName, EntityCheck.Describe(repair.Fixed));
        }

        int next = 0;
        for (int i = 0; i < text.Length; i++)
        {
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

                i = end - 1;
            }
            else if (IsSuspectControl(c) && !Covered(repairs, i, ref next))
            {
                string hint = c is >= '\u0080' and <= '\u009F' && TextScan.Windows1252(c) is string w
                    ? string.Create(CultureInfo.InvariantCulture, $"; it is probably the Windows-1252 '{w}' decoded as Latin-1")
                    : string.Empty;
                context.Report(MarkupRules.ControlCharacter, new TextSpan(i, 1), (int)c, hint);
            }
        }
    }

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
            char c = text[i];
            if (c is not ('Â' or 'Ã' or 'â' or 'в'))
            {
                continue;
            }

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

    private static bool ContainsC0Control(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (IsSuspectControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuspectControl(char c) =>
        (c < '\u0020' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\u007F' || (c >= '\u0080' && c <= '\u009F');

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
