using System.Buffers;

namespace SourceScore.Signals.Markup;

/// <summary>
/// Finds HTML tags and pieces of tags left in the text (SS1001): whole tags (<c>&lt;b&gt;</c>), tags
/// mangled by stray spaces or doubled brackets (<c>&lt; / li &gt;</c>, <c>&lt; strong &gt;&gt;</c>), closing
/// halves without their opening bracket (<c>p &gt;</c>, <c>th /&gt;</c>, <c>h2&gt;</c>), and lone brackets
/// stuck to words (SS1015). Fragments separated only by spaces are reported as one finding.
/// </summary>
internal sealed class LeakedTagCheck : ICheck
{
    public static readonly LeakedTagCheck Instance = new();

    private const int MaxTagLength = 300;
    private const int MaxNameLength = 15;
    private static readonly SearchValues<char> s_brackets = SearchValues.Create("<>");

    private LeakedTagCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.LeakedTag, MarkupRules.StrayAngleBracket];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        int pendingStart = -1, pendingEnd = -1;
        int i = 0;
        while (i < text.Length)
        {
            int rel = text[i..].IndexOfAny(s_brackets);
            if (rel < 0)
            {
                break;
            }

            int at = i + rel;
            TextSpan tag;
            if (text[at] == '<' ? TryOpenTag(text, at, out tag) : TryBareClosingTag(text, at, out tag))
            {
                if (pendingStart >= 0 && tag.Start <= pendingEnd + 3 && IsBlank(text[pendingEnd..Math.Max(pendingEnd, tag.Start)]))
                {
                    pendingEnd = Math.Max(pendingEnd, tag.End);
                }
                else
                {
                    Flush(context, pendingStart, pendingEnd);
                    pendingStart = tag.Start;
                    pendingEnd = tag.End;
                }

                i = Math.Max(tag.End, at + 1);
                continue;
            }

            if (IsStrayBracket(text, at))
            {
                context.Report(MarkupRules.StrayAngleBracket, new TextSpan(at, 1), text[at]);
            }

            i = at + 1;
        }

        Flush(context, pendingStart, pendingEnd);
    }

    private static void Flush(CheckContext context, int start, int end)
    {
        if (start >= 0)
        {
            var span = TextSpan.FromBounds(start, end);
            context.Report(MarkupRules.LeakedTag, span, context.Text.Slice(start, end - start).ToString());
        }
    }

    /// <summary>Parses a tag that starts with '&lt;': &lt; [/] name [attributes] [/] &gt;+ with stray spaces allowed.</summary>
    private static bool TryOpenTag(ReadOnlySpan<char> text, int at, out TextSpan tag)
    {
        tag = default;
        int j = at + 1;
        if (j >= text.Length)
        {
            return false;
        }

        if (text[j] == '!')
        {
            // Comments, doctype and CDATA.
            var rest = text[j..];
            if (rest.StartsWith("!--", StringComparison.Ordinal))
            {
                int close = rest.IndexOf("-->", StringComparison.Ordinal);
                int end = close >= 0 && close < 4000 ? j + close + 3 : Math.Min(text.Length, j + 3);
                tag = TextSpan.FromBounds(at, end);
                return true;
            }

            if (rest.StartsWith("!DOCTYPE", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("![CDATA[", StringComparison.Ordinal))
            {
                int close = rest.IndexOf('>');
                tag = TextSpan.FromBounds(at, close >= 0 && close < MaxTagLength ? j + close + 1 : j + 8);
                return true;
            }

            return false;
        }

        j = SkipSpaces(text, j, 3);
        bool closing = false;
        while (j < text.Length && text[j] == '/' && j - at < 6)
        {
            // "</p>", and mangled "<//p>" or "< / / p >".
            closing = true;
            j = SkipSpaces(text, j + 1, 3);
        }

        int nameStart = j;
        while (j < text.Length && j - nameStart <= MaxNameLength && (char.IsAsciiLetter(text[j]) || (j > nameStart && char.IsAsciiDigit(text[j]))))
        {
            j++;
        }

        int nameLength = j - nameStart;
        if (nameLength == 0 || nameLength > MaxNameLength || (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '@' || text[j] == ':' || text[j] == '.')))
        {
            return false;
        }

        var name = text.Slice(nameStart, nameLength);
        bool known = HtmlNames.Elements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

        // Scan the rest of the tag up to '>' on the same line.
        bool hasAttribute = false, selfClosing = false;
        int limit = Math.Min(text.Length, at + MaxTagLength);
        int k = j;
        char quote = '\0';
        while (k < limit)
        {
            char c = text[k];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c is '\n' or '\r')
                {
                    break;
                }

                k++;
                continue;
            }

            if (c == '>')
            {
                break;
            }

            if (c is '<' or '\n' or '\r')
            {
                break;
            }

            if (c == '=')
            {
                hasAttribute = true;
            }
            else if (c is '"' or '\'' && k > j && text[k - 1] == '=')
            {
                quote = c;
            }
            else if (c == '/' && k + 1 < text.Length && text[k + 1] == '>')
            {
                selfClosing = true;
            }

            k++;
        }

        if (k >= limit || text[k] != '>')
        {
            // A tag that lost its '>': "</li public", "<div class=x". Only clear cases: a known name after "</",
            // or a name that is never an English word after '<', followed by a space or the end.
            bool spaceAfterName = j >= text.Length || char.IsWhiteSpace(text[j]);
            if (known && spaceAfterName && (closing || (nameLength >= 2 && HtmlNames.BareClosingElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))) && j - at <= MaxNameLength + 8)
            {
                tag = TextSpan.FromBounds(at, j);
                return true;
            }

            return false;
        }

        // Plain prose such as "a <b and c> d" is rare; demand a known name, or tag-like attributes.
        bool attributesOnly = k > j && !IsBlank(text[j..k]) && !hasAttribute && !selfClosing;
        if (!known && !hasAttribute && !selfClosing)
        {
            return false;
        }

        if (known && attributesOnly && !closing && !LooksLikeAttributes(text[j..k]))
        {
            return false;
        }

        k++;
        while (k < text.Length && text[k] == '>')
        {
            k++;
        }

        tag = TextSpan.FromBounds(at, k);
        return true;
    }

    /// <summary>Parses the closing half of a tag whose '&lt;' is missing: <c>li &gt;</c>, <c>th /&gt;</c>, <c>h2&gt;</c>.</summary>
    private static bool TryBareClosingTag(ReadOnlySpan<char> text, int at, out TextSpan tag)
    {
        tag = default;
        int j = at - 1;
        int spaces = 0;
        while (j >= 0 && text[j] == ' ' && spaces < 2)
        {
            j--;
            spaces++;
        }

        bool slash = j >= 0 && text[j] == '/';
        if (slash)
        {
            j--;
            while (j >= 0 && text[j] == ' ' && spaces < 4)
            {
                j--;
                spaces++;
            }
        }

        if (j >= 0 && text[j] is '"' or '\'' or '”' or '’')
        {
            // `< strng "/>`-style debris is handled by the opening form; a quote then '>' alone is not a tag.
            return false;
        }

        int nameEnd = j + 1;
        while (j >= 0 && nameEnd - j <= MaxNameLength && char.IsAsciiLetterOrDigit(text[j]))
        {
            j--;
        }

        int nameStart = j + 1;
        if (nameStart == nameEnd || !char.IsAsciiLetter(text[nameStart]) || (j >= 0 && char.IsLetterOrDigit(text[j])))
        {
            return false;
        }

        var name = text[nameStart..nameEnd];
        if (!HtmlNames.BareClosingElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            return false;
        }

        int end = at + 1;
        while (end < text.Length && text[end] == '>')
        {
            end++;
        }

        if (name.Length == 1)
        {
            // One-letter names ("p >", "b >") count next to other markup ("p >< b >"), before a word
            // ("Mr. p > Garrett") or self-closed ("p />"), not in comparisons such as "p > 0.05".
            int next = SkipSpaces(text, end, 2);
            bool markupAfter = next < text.Length && text[next] == '<';
            bool wordAfter = next < text.Length && next > end && char.IsLetter(text[next]);
            bool markupBefore = j >= 0 && SkipSpacesBack(text, j) is int prev && prev >= 0 && text[prev] == '>';
            if (!markupAfter && !markupBefore && !wordAfter && !slash)
            {
                return false;
            }
        }

        tag = TextSpan.FromBounds(nameStart, end);
        return true;
    }

    private static bool IsStrayBracket(ReadOnlySpan<char> text, int at)
    {
        // A bracket stuck to the start of a word after a space, dash or line start: "- >Engagement", " >seek".
        if (text[at] != '>' || at + 1 >= text.Length || !char.IsLetter(text[at + 1]))
        {
            return false;
        }

        if (at == 0)
        {
            return true;
        }

        char before = text[at - 1];
        return before is ' ' or '\t' or '\n' or '\r' or '"' or '“' or '(';
    }

    private static bool LooksLikeAttributes(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        return rest.Length == 0 || rest.SequenceEqual("/");
    }

    private static bool IsBlank(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int j, int max)
    {
        int n = 0;
        while (j < text.Length && text[j] == ' ' && n < max)
        {
            j++;
            n++;
        }

        return j;
    }

    private static int SkipSpacesBack(ReadOnlySpan<char> text, int j)
    {
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        return j;
    }
}
