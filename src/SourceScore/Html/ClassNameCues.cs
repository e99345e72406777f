using System.Buffers;

namespace SourceScore.Html;

/// <summary>
/// What an element's <c>class</c> or <c>id</c> says about it: page furniture ("sidebar", "share", "related"),
/// a likely article container ("article", "story", "content"), or neither. The words are Readability's class and
/// id patterns (Mozilla Readability.js, Apache-2.0: the idea, rewritten), searched as substrings, ignoring case, in
/// one vectorised pass each: the cost is linear in the value's length whatever it holds, and no clock is involved.
/// Static and thread-safe.
/// </summary>
internal static class ClassNameCues
{
    private static readonly SearchValues<string> s_unlikely = SearchValues.Create(
        [
            "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
            "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
            "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "promo", "share",
            "cookie", "consent", "recirc", "most-popular", "trending", "byline-share", "toolbar",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_maybe = SearchValues.Create(
        ["and", "article", "body", "column", "content", "main", "shadow", "story", "post-text"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_positive = SearchValues.Create(
        ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_negative = SearchValues.Create(
        [
            "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead", "media", "meta",
            "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
            "widget", "newsletter", "subscribe", "recommend", "taboola", "caption", "credit", "author-bio", "social",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the value names page furniture that is dropped unless it also looks like content.</summary>
    public static bool IsUnlikely(ReadOnlySpan<char> value) => value.IndexOfAny(s_unlikely) >= 0;

    /// <summary>Whether the value may name content, which keeps an unlikely-looking element.</summary>
    public static bool IsMaybe(ReadOnlySpan<char> value) => value.IndexOfAny(s_maybe) >= 0;

    /// <summary>Whether the value names an article container (raises the element's score).</summary>
    public static bool IsPositive(ReadOnlySpan<char> value) => value.IndexOfAny(s_positive) >= 0;

    /// <summary>Whether the value names furniture (lowers the element's score): one of the words, or a token "hid".</summary>
    public static bool IsNegative(ReadOnlySpan<char> value) => value.IndexOfAny(s_negative) >= 0 || HasHidToken(value);

    // Readability's "^hid$| hid$| hid |^hid ": "hid" as a whole token between spaces (only the space character).
    private static bool HasHidToken(ReadOnlySpan<char> value)
    {
        foreach (var range in value.Split(' '))
        {
            if (value[range].Equals("hid", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
