using System.Collections.Frozen;
using System.Text;

namespace SourceScore.Html;

/// <summary>
/// Caps the element nesting of a page before HtmlAgilityPack parses it. The parser's cost grows with the
/// square of the nesting depth (measured here: 40,000 nested divs take about 10 s), so a hostile page could
/// hang it. One pass counts the depth; only when it passes the limit is a copy made in which the tags
/// deeper than the limit are replaced by a space, so their text is kept and read as flat text.
/// </summary>
internal static class HtmlDepthLimiter
{
    private static readonly FrozenSet<string> s_void = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command");

    public static string Limit(string html, int maxDepth, out bool limited)
    {
        limited = false;
        if (!Exceeds(html, maxDepth))
        {
            return html;
        }

        limited = true;
        var result = new StringBuilder(html.Length);
        int depth = 0, suppressed = 0, at = 0;
        foreach (var tag in Tags(html))
        {
            bool keep = true;
            if (tag.Kind == TagKind.Open)
            {
                if (depth >= maxDepth)
                {
                    suppressed++;
                    keep = false;
                }
                else
                {
                    depth++;
                }
            }
            else if (tag.Kind == TagKind.Close)
            {
                if (suppressed > 0)
                {
                    suppressed--;
                    keep = false;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }

            if (!keep)
            {
                result.Append(html, at, tag.Start - at).Append(' ');
                at = tag.End;
            }
        }

        return result.Append(html, at, html.Length - at).ToString();
    }

    private static bool Exceeds(string html, int maxDepth)
    {
        int depth = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Kind == TagKind.Open && ++depth > maxDepth)
            {
                return true;
            }

            if (tag.Kind == TagKind.Close && depth > 0)
            {
                depth--;
            }
        }

        return false;
    }

    private enum TagKind
    {
        Open,
        Close,
        Other,
    }

    private readonly record struct Tag(int Start, int End, TagKind Kind);

    private static (TagKind Kind, string? RawEnd) Classify(string html, int nameStart, int nameEnd, bool closing, bool selfClosing)
    {
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        if (closing)
        {
            return (TagKind.Close, null);
        }

        if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            return (TagKind.Open, "</script");
        }

        if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            return (TagKind.Open, "</style");
        }

        return selfClosing || s_void.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) ? (TagKind.Other, null) : (TagKind.Open, null);
    }

    /// <summary>The tags of the page in order, skipping comments and the raw text of script and style.</summary>
    private static IEnumerable<Tag> Tags(string html)
    {
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                yield break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            int gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                yield break;
            }

            bool closing = html[lt + 1] == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < gt && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                yield return new Tag(lt, gt + 1, TagKind.Other);
                i = gt + 1;
                continue;
            }

            var (kind, rawEnd) = Classify(html, nameStart, nameEnd, closing, html[gt - 1] == '/');
            yield return new Tag(lt, gt + 1, kind);
            i = gt + 1;
            if (rawEnd is not null)
            {
                // Raw text of script and style: skip to the end tag, which closes the element.
                int end = html.IndexOf(rawEnd, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    yield break;
                }

                i = end;
            }
        }
    }
}
