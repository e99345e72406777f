using System.Collections.Frozen;

namespace SourceScore.Signals.Markup;

/// <summary>Element and attribute names of HTML, for recognising leaked markup. Built once.</summary>
internal static class HtmlNames
{
    /// <summary>HTML element names (lower case), including obsolete ones still found in old pages.</summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blockquote",
        "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist",
        "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
        "font", "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
        "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "meta",
        "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
        "progress", "q", "s", "samp", "script", "section", "select", "small", "source", "span", "strike", "strong",
        "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
        "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "path", "g", "use");

    /// <summary>Element names that, written without an opening bracket (<c>li &gt;</c>, <c>h2&gt;</c>), are still clearly tags in prose.</summary>
    public static readonly FrozenSet<string> BareClosingElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "b", "i", "u", "em", "li", "ul", "ol", "td", "th", "tr", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "div", "span", "strong", "table", "tbody", "thead", "tfoot", "font", "sup", "sub", "small", "figure",
        "figcaption", "blockquote", "section", "article", "header", "footer", "nav", "aside", "img", "iframe", "script",
        "style", "strng", "caption", "center", "label", "button", "form", "input", "select", "option", "textarea",
        "title", "head", "body", "html", "pre", "code", "cite", "abbr", "dl", "dt", "dd");

    /// <summary>Attribute names whose <c>name="value"</c> form in prose is markup debris.</summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "class", "style", "id", "href", "src", "alt", "width", "height", "align", "valign", "colspan", "rowspan",
        "border", "cellpadding", "cellspacing", "target", "rel", "bgcolor", "onclick", "onload", "onerror",
        "onmouseover", "srcset", "sizes", "itemprop", "itemscope", "itemtype", "role", "dir", "lang", "tabindex",
        "frameborder", "allowfullscreen", "loading", "decoding", "type", "name", "content", "property", "charset",
        "colsize", "rowcount", "face", "size", "color", "hspace", "vspace", "nowrap", "scope", "headers", "span");
}
