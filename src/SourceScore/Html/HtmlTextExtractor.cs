using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using SourceScore.Languages;

using SourceScore.Text;

namespace SourceScore.Html;

/// <summary>
/// Turns an HTML page into the article text a reader sees. The page is parsed once with HtmlAgilityPack;
/// scripts, styles, navigation, headers, footers, asides, forms and hidden elements are dropped; the
/// main content is located with Readability's scoring (paragraph text, commas and class names raise a
/// container's score, link density lowers it) and kept with its related siblings; block elements become
/// line breaks and entities are decoded exactly once. Every walk over the tree is iterative, so hostile
/// nesting cannot overflow the stack.
/// </summary>
internal static partial class HtmlTextExtractor
{
    private static readonly FrozenSet<string> s_dropped = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form", "iframe",
        "button", "select", "input", "textarea", "label", "object", "embed", "canvas", "audio", "video", "dialog",
        "menu", "head", "title", "meta", "link", "base", "picture", "source", "map", "area", "figcaption");

    private static readonly FrozenSet<string> s_blocks = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br",
        "address", "figure", "center", "body", "html", "details", "summary", "hgroup", "fieldset", "legend");

    /// <summary>Elements whose content is never seen as text.</summary>
    private static readonly FrozenSet<string> s_invisible = FrozenSet.Create(StringComparer.Ordinal, "script", "style", "noscript", "template", "svg", "math", "object", "embed", "canvas", "head", "title", "meta");

    private static readonly FrozenSet<string> s_scorable = FrozenSet.Create(StringComparer.Ordinal, "p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6", "blockquote", "li");

    private static readonly FrozenSet<string> s_droppedRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");

    public static ExtractedHtml Extract(string html, HtmlExtractionOptions options)
    {
        var limits = ExtractionLimits.None;
        if (html.Length > options.MaxHtmlLength)
        {
            html = html[..options.MaxHtmlLength];
            limits |= ExtractionLimits.HtmlTruncated;
        }

        html = HtmlDepthLimiter.Limit(html, options.MaxDepth, out bool depthLimited);
        if (depthLimited)
        {
            limits |= ExtractionLimits.DepthLimited;
        }

        var document = new HtmlDocument
        {
            OptionCheckSyntax = false,
            OptionFixNestedTags = false,
            OptionAutoCloseOnEnd = false,
            OptionUseIdAttribute = false,
            OptionDefaultStreamEncoding = Encoding.UTF8,

            // The page is already text: a declared charset says nothing more, and reading it asks the runtime for the
            // encoding, which throws for one it does not support (<meta charset="utf-7">, found by fuzzing).
            OptionReadEncoding = false,
        };
        document.LoadHtml(html);

        var root = document.DocumentNode;
        var anchors = InlineSuppressions.MayHold(html) ? SuppressionAnchors(root) : null;
        var metadata = ReadMetadata(root);
        var body = metadata.Body ?? root;
        var analysis = new PageAnalysis(options);
        analysis.Measure(body);
        if (analysis.DepthLimited)
        {
            limits |= ExtractionLimits.DepthLimited;
        }

        IReadOnlyList<HtmlNode> roots = options.ExtractMainContent ? analysis.SelectMainContent(body) : [body];
        var writer = new TextWriterState();
        foreach (var node in roots)
        {
            PageTextEmitter.Emit(analysis, node, writer, clean: options.ExtractMainContent && node != body);
        }

        string text = writer.ToText();
        int missed = 0;
        if (options.ExtractMainContent)
        {
            // The page's declared language says whether other languages' furniture labels apply; the text's own
            // language is detected later, on the article, and the markup signal reads them by that.
            string? declared = LanguageDetector.Normalise(metadata.Language);
            text = FurnitureFilter.Drop(text, otherLanguages: declared is not null && declared != "en");
            if (!TextScan.HasLetterOrDigit(text))
            {
                // Nothing kept: tell "the page holds no text" from "we found no article in a page that has text".
                missed = VisibleWords(body);
            }
        }

        return new ExtractedHtml(text, metadata.Title, metadata.Published, limits, options.MaxHtmlLength, options.MaxDepth)
        {
            Author = metadata.Author,
            Section = metadata.Section,
            Language = metadata.Language,
            MissedPageText = missed,
            Suppressions = anchors is { Count: > 0 } ? InlineSuppressions.OfAnchors(text, anchors) : null,
        };
    }

    /// <summary>
    /// Each comment of the page that is an inline suppression, with the text that follows it (up to about twelve words,
    /// scripts and styles left out): the extracted text has no comments, so a suppression is placed by the words after it.
    /// </summary>
    private static List<(string Anchor, InlineSuppressions.Directive Directive)> SuppressionAnchors(HtmlNode root)
    {
        var anchors = new List<(string, InlineSuppressions.Directive)>();
        InlineSuppressions.Directive? directive = null;
        var following = new StringBuilder();
        int words = 0;
        foreach (var node in root.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Comment)
            {
                string inside = ((HtmlCommentNode)node).Comment;
                inside = inside.StartsWith("<!--", StringComparison.Ordinal) && inside.EndsWith("-->", StringComparison.Ordinal) ? inside[4..^3] : inside;
                if (InlineSuppressions.Read(inside) is { } read)
                {
                    if (directive is not null && following.Length > 0)
                    {
                        anchors.Add((following.ToString(), directive));
                    }

                    directive = read;
                    following.Clear();
                    words = 0;
                }
            }
            else if (directive is not null && node.NodeType == HtmlNodeType.Text && node.ParentNode is { } parent && !s_invisible.Contains(parent.Name))
            {
                string decoded = PageAnalysis.Decode(((HtmlTextNode)node).Text);
                following.Append(decoded).Append(' ');
                words += TextScan.CountWords(decoded);
                if (words >= 12)
                {
                    anchors.Add((following.ToString(), directive));
                    directive = null;
                    following.Clear();
                }
            }
        }

        if (directive is not null && following.Length > 0)
        {
            anchors.Add((following.ToString(), directive));
        }

        return anchors;
    }

    /// <summary>The words of a page's text a reader could see, navigation and furniture included; scripts, styles and hidden parts left out.</summary>
    private static int VisibleWords(HtmlNode body)
    {
        int words = 0;
        var stack = new Stack<HtmlNode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                words += TextScan.CountWords(PageAnalysis.Decode(((HtmlTextNode)node).Text));
                continue;
            }

            if (node != body && (s_invisible.Contains(node.Name) || node.Attributes.Contains("hidden")))
            {
                continue;
            }

            for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return words;
    }

    /// <summary>Meta keys that give the publication date.</summary>
    private static readonly FrozenSet<string> s_dateKeys = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date.issued", "sailthru.date");

    /// <summary>Meta keys that name the author.</summary>
    private static readonly FrozenSet<string> s_authorKeys = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author", "twitter:creator");

    /// <summary>Meta keys that name the section.</summary>
    private static readonly FrozenSet<string> s_sectionKeys = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "article:section", "articleSection", "parsely-section", "section");

    /// <summary>One walk over the page for the title, the publication date, the author, the section and the body element.</summary>
    private static PageMetadata ReadMetadata(HtmlNode root)
    {
        string? ogTitle = null, title = null, h1 = null, author = null, bylineText = null, section = null, language = null, locale = null;
        HtmlNode? body = null;
        DateTimeOffset? published = null;
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document)
            {
                continue;
            }

            switch (node.Name)
            {
                case "meta":
                    string key = node.GetAttributeValue("property", null) ?? node.GetAttributeValue("name", null) ?? node.GetAttributeValue("itemprop", null) ?? string.Empty;
                    string content = HtmlEntity.DeEntitize(node.GetAttributeValue("content", string.Empty)).Trim();
                    if (content.Length == 0)
                    {
                        break;
                    }

                    if (key.Equals("og:title", StringComparison.OrdinalIgnoreCase))
                    {
                        ogTitle ??= content;
                    }
                    else if (key.Equals("og:locale", StringComparison.OrdinalIgnoreCase))
                    {
                        locale ??= content;
                    }
                    else if (key.Length == 0 && node.GetAttributeValue("http-equiv", string.Empty).Equals("content-language", StringComparison.OrdinalIgnoreCase))
                    {
                        locale ??= content;
                    }
                    else if (published is null && IsDateKey(key) && DateTimeOffset.TryParse(content, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                    {
                        published = date;
                    }
                    else if (IsAuthorKey(key) && !content.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        author ??= content;
                    }
                    else if (IsSectionKey(key))
                    {
                        section ??= content;
                    }

                    break;
                case "time":
                    if (published is null && node.GetAttributeValue("datetime", null) is { } stamp
                        && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
                    {
                        published = time;
                    }

                    break;
                case "title":
                    title ??= Collapse(HtmlEntity.DeEntitize(node.InnerText));
                    break;
                case "h1":
                    h1 ??= Collapse(HtmlEntity.DeEntitize(node.InnerText));
                    break;
                case "body":
                    body ??= node;
                    break;
                case "html":
                    language ??= node.GetAttributeValue("lang", null) ?? node.GetAttributeValue("xml:lang", null);
                    break;
                default:
                    if (bylineText is null && IsBylineElement(node))
                    {
                        var text = Collapse(HtmlEntity.DeEntitize(node.InnerText));
                        bylineText = text.Length is > 2 and <= 200 ? text : null;
                    }

                    break;
            }

            for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        var chosen = ogTitle ?? h1 ?? title;
        return new PageMetadata(string.IsNullOrWhiteSpace(chosen) ? null : chosen, published, author ?? bylineText, section, body) { Language = language ?? locale };
    }

    private static bool IsAuthorKey(string key) => s_authorKeys.Contains(key);

    private static bool IsSectionKey(string key) => s_sectionKeys.Contains(key);

    /// <summary>An element that names the author: <c>rel="author"</c>, <c>itemprop="author"</c>, or a byline class.</summary>
    private static bool IsBylineElement(HtmlNode node)
    {
        if (!node.HasAttributes)
        {
            return false;
        }

        if (node.GetAttributeValue("rel", string.Empty).Equals("author", StringComparison.OrdinalIgnoreCase)
            || node.GetAttributeValue("itemprop", string.Empty).Equals("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string css = node.GetAttributeValue("class", string.Empty);
        return css.Contains("byline", StringComparison.OrdinalIgnoreCase) || css.Contains("author-name", StringComparison.OrdinalIgnoreCase);
    }

    private sealed record PageMetadata(string? Title, DateTimeOffset? Published, string? Author, string? Section, HtmlNode? Body)
    {
        /// <summary>Gets the language the page declares (<c>&lt;html lang&gt;</c>, else <c>og:locale</c> or <c>content-language</c>).</summary>
        public string? Language { get; init; }
    }

    private static bool IsDateKey(string key) => s_dateKeys.Contains(key);

    private static string Collapse(string s)
    {
        var builder = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    internal static bool IsDropped(HtmlNode node)
    {
        if (s_dropped.Contains(node.Name))
        {
            return node.Name != "form" || !IsPageWrapperForm(node);
        }

        if (!node.HasAttributes)
        {
            return false;
        }

        if (node.Attributes.Contains("hidden")
            || node.GetAttributeValue("aria-hidden", string.Empty).Equals("true", StringComparison.OrdinalIgnoreCase)
            || s_droppedRoles.Contains(node.GetAttributeValue("role", string.Empty)))
        {
            return true;
        }

        var style = node.GetAttributeValue("style", null);
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>
    /// Whether a form wraps the page's content rather than asking for input: ASP.NET Web Forms pages put the whole body
    /// in one form. It does when it holds an article or main element, or several paragraphs, within a bounded look.
    /// </summary>
    private static bool IsPageWrapperForm(HtmlNode form)
    {
        const int MaxNodesLooked = 20_000;
        const int MinParagraphs = 3;
        int looked = 0, paragraphs = 0;
        var stack = new Stack<HtmlNode>();
        stack.Push(form);
        while (stack.Count > 0 && looked++ < MaxNodesLooked)
        {
            var node = stack.Pop();
            if (node != form && node.NodeType == HtmlNodeType.Element)
            {
                if (node.Name is "article" or "main" || (node.Name == "p" && ++paragraphs >= MinParagraphs))
                {
                    return true;
                }
            }

            for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return false;
    }

    internal static bool IsBlock(string name) => s_blocks.Contains(name);

    internal static bool IsScorable(string name) => s_scorable.Contains(name);

    // NonBacktracking: time linear in the style's length, whatever it holds, and no clock to run out.
    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenStyle();
}
