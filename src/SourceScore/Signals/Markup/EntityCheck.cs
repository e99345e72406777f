using System.Globalization;
using System.Net;
using SourceScore.Text;

namespace SourceScore.Signals.Markup;

/// <summary>
/// Finds HTML character references left in the text: undecoded (<c>&amp;nbsp;</c>, SS1003), encoded
/// twice (<c>&amp;amp;nbsp;</c>, SS1004), missing their semicolon (<c>&amp;#8217</c>, SS1005), and whole
/// tags written with escaped brackets (<c>&amp;lt;p&amp;gt;</c>, SS1006). Each message gives the text the
/// reference stands for.
/// </summary>
internal sealed class EntityCheck : ICheck
{
    public static readonly EntityCheck Instance = new();

    private const int MaxEntityLength = 40;

    // Legacy names that browsers decode even without the semicolon (the rest need it).
    private static readonly string[] s_legacyNames = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg", "shy", "laquo", "raquo", "deg", "middot"];

    private EntityCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } =
        [MarkupRules.UndecodedEntity, MarkupRules.DoubleEncodedEntity, MarkupRules.BrokenEntity, MarkupRules.EscapedMarkup];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        int i = 0;
        while (i < text.Length)
        {
            int rel = text[i..].IndexOf('&');
            if (rel < 0)
            {
                break;
            }

            int at = i + rel;
            i = at + 1 + Inspect(context, text, at);
        }
    }

    /// <summary>Inspects the reference at <paramref name="at"/>; returns how many characters after '&amp;' it consumed.</summary>
    private static int Inspect(CheckContext context, ReadOnlySpan<char> text, int at)
    {
        if (!TryParse(text, at, out int end, out bool terminated, out string? decoded))
        {
            return 0;
        }

        // Escaped tag: &lt; name ... &gt;
        if (decoded == "<" && terminated && TryEscapedTag(text, end, out int tagEnd, out string? tagText))
        {
            context.Report(MarkupRules.EscapedMarkup, TextSpan.FromBounds(at, tagEnd), text[at..tagEnd].ToString(), tagText);
            return tagEnd - at - 1;
        }

        // Double encoding: &amp;amp;…nbsp; — follow the chain of "&amp;" and decode until nothing changes.
        if (decoded == "&" && terminated && IsEntityStartAfterAmp(text, end))
        {
            int chainEnd = end;
            while (true)
            {
                if (!TryParseAfterAmp(text, chainEnd, out int nextEnd, out bool nextTerminated, out string? nextDecoded))
                {
                    break;
                }

                chainEnd = nextEnd;
                if (nextDecoded != "&" || !nextTerminated)
                {
                    break;
                }
            }

            if (chainEnd > end)
            {
                var raw = text[at..chainEnd].ToString();
                context.Report(MarkupRules.DoubleEncodedEntity, TextSpan.FromBounds(at, chainEnd), raw, TextScan.ShowReplacement(DecodeFully(raw)));
                return chainEnd - at - 1;
            }
        }

        var rawEntity = text[at..end].ToString();
        context.Report(terminated ? MarkupRules.UndecodedEntity : MarkupRules.BrokenEntity, TextSpan.FromBounds(at, end), rawEntity, TextScan.ShowReplacement(decoded!));
        return end - at - 1;
    }

    private static bool IsEntityStartAfterAmp(ReadOnlySpan<char> text, int index) =>
        index < text.Length && (char.IsAsciiLetter(text[index]) || text[index] == '#');

    /// <summary>Parses "&amp;name;", "&amp;#123;", "&amp;#x1F;" (or a legacy name / number without ';') starting at the ampersand.</summary>
    private static bool TryParse(ReadOnlySpan<char> text, int at, out int end, out bool terminated, out string? decoded)
    {
        end = at;
        terminated = false;
        decoded = null;
        if (at >= text.Length || text[at] != '&')
        {
            return false;
        }

        return TryParseAfterAmp(text, at + 1, out end, out terminated, out decoded);
    }

    private static bool TryParseAfterAmp(ReadOnlySpan<char> text, int j, out int end, out bool terminated, out string? decoded)
    {
        end = j;
        terminated = false;
        decoded = null;
        if (j >= text.Length)
        {
            return false;
        }

        int limit = Math.Min(text.Length, j + MaxEntityLength);
        if (text[j] == '#')
        {
            int k = j + 1;
            bool hex = k < limit && text[k] is 'x' or 'X';
            if (hex)
            {
                k++;
            }

            int digitsStart = k;
            while (k < limit && (hex ? char.IsAsciiHexDigit(text[k]) : char.IsAsciiDigit(text[k])))
            {
                k++;
            }

            if (k == digitsStart || k - digitsStart > 7)
            {
                return false;
            }

            if (!int.TryParse(text[digitsStart..k], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int code) || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return false;
            }

            terminated = k < text.Length && text[k] == ';';
            end = terminated ? k + 1 : k;
            decoded = code is >= 0x80 and <= 0x9F ? TextScan.Windows1252(code) ?? char.ConvertFromUtf32(code) : char.ConvertFromUtf32(code);
            return true;
        }

        int n = j;
        while (n < limit && char.IsAsciiLetterOrDigit(text[n]))
        {
            n++;
        }

        if (n == j || !char.IsAsciiLetter(text[j]))
        {
            return false;
        }

        var name = text[j..n];
        if (n < text.Length && text[n] == ';')
        {
            var candidate = string.Concat("&", name, ";");
            var value = WebUtility.HtmlDecode(candidate);
            if (value == candidate)
            {
                return false;
            }

            terminated = true;
            end = n + 1;
            decoded = value;
            return true;
        }

        // Without a semicolon only the legacy names count, and only when a word does not go on.
        foreach (var legacy in s_legacyNames)
        {
            if (name.SequenceEqual(legacy))
            {
                end = n;
                decoded = WebUtility.HtmlDecode(string.Concat("&", legacy, ";"));
                return n >= text.Length || !char.IsLetterOrDigit(text[n]);
            }
        }

        return false;
    }

    private static bool TryEscapedTag(ReadOnlySpan<char> text, int afterLt, out int end, out string? tagText)
    {
        end = afterLt;
        tagText = null;
        int limit = Math.Min(text.Length, afterLt + 200);
        int k = afterLt;
        if (k < limit && text[k] == '/')
        {
            k++;
        }

        int nameStart = k;
        while (k < limit && char.IsAsciiLetterOrDigit(text[k]))
        {
            k++;
        }

        if (k == nameStart || !HtmlNames.Elements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[nameStart..k]))
        {
            return false;
        }

        var rest = text[k..limit];
        int gt = rest.IndexOf("&gt;", StringComparison.OrdinalIgnoreCase);
        int nl = rest.IndexOfAny('\n', '\r');
        if (gt < 0 || (nl >= 0 && nl < gt))
        {
            return false;
        }

        end = k + gt + 4;
        tagText = WebUtility.HtmlDecode(text[(afterLt - 4)..end].ToString());
        return true;
    }

    private static string DecodeFully(string raw)
    {
        string current = raw;
        for (int round = 0; round < 8; round++)
        {
            string next = WebUtility.HtmlDecode(current);
            if (next == current)
            {
                break;
            }

            current = next;
        }

        return current;
    }
}
