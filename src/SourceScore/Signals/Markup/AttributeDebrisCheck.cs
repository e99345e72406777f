using System.Text.RegularExpressions;

namespace SourceScore.Signals.Markup;

/// <summary>
/// Finds attribute and CSS debris (SS1002): <c>class="…"</c>, <c>style='…'</c>, style declarations
/// (<c>textalign:'left'</c>), and tag names glued to attribute names or values (<c>tdstyle</c>,
/// <c>valigntop</c>). Matches close together are reported as one finding.
/// </summary>
internal sealed partial class AttributeDebrisCheck : ICheck
{
    public static readonly AttributeDebrisCheck Instance = new();

    // Matches this far apart belong to one piece of debris.
    private const int ClusterGap = 12;

    private AttributeDebrisCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.AttributeDebris];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        int clusterStart = -1, clusterEnd = -1;
        foreach (var match in DebrisPattern().EnumerateMatches(text))
        {
            int start = match.Index, end = match.Index + match.Length;
            if (!IsWordStart(text, start) && !IsQuotedAttribute(text.Slice(start, end - start)) && !IsCssDeclaration(text.Slice(start, end - start)))
            {
                continue;
            }

            if (clusterStart >= 0 && start - clusterEnd <= ClusterGap && !ContainsLineBreak(text[clusterEnd..start]))
            {
                clusterEnd = Math.Max(clusterEnd, end);
                continue;
            }

            Flush(context, clusterStart, clusterEnd);
            clusterStart = start;
            clusterEnd = end;
        }

        Flush(context, clusterStart, clusterEnd);
    }

    private static void Flush(CheckContext context, int start, int end)
    {
        if (start >= 0)
        {
            context.Report(MarkupRules.AttributeDebris, TextSpan.FromBounds(start, end), context.Text[start..end].ToString());
        }
    }

    private static bool IsWordStart(ReadOnlySpan<char> text, int index) => index == 0 || !char.IsLetterOrDigit(text[index - 1]);

    /// <summary>An HTML attribute with a quoted value is debris even glued to the word before it ("Buffalostyle=\"…\"").</summary>
    private static bool IsQuotedAttribute(ReadOnlySpan<char> match)
    {
        int eq = match.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        var after = match[(eq + 1)..].TrimStart();
        var name = match[..eq].TrimEnd();
        return after.Length > 0 && after[0] is '"' or '\'' && HtmlNames.Attributes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    /// <summary>A style declaration ending in a unit or a semicolon is debris even glued to a word ("createfont-size: 16px;").</summary>
    private static bool IsCssDeclaration(ReadOnlySpan<char> match) =>
        match.Contains(':') && (match.EndsWith(";", StringComparison.Ordinal) || match.EndsWith("px", StringComparison.OrdinalIgnoreCase) || match.EndsWith("em", StringComparison.OrdinalIgnoreCase));

    private static bool ContainsLineBreak(ReadOnlySpan<char> s) => s.IndexOfAny('\n', '\r') >= 0;

    // Alternatives:
    //  1. attribute="value" with straight or typographic quotes (one word value at least);
    //  2. a tag name glued to an attribute name (tdstyle, divclass, imgsrc), or colsize/rowcount;
    //  3. an attribute name glued to its value (valigntop, alignleft, textalign);
    //  4. a CSS declaration: property ':' value, for properties that do not occur as words in news prose;
    //  5. name;'name'= or name= 'value' debris with a quote after '=' ('rowcount'= '3').
    [GeneratedRegex(
        """
        (?:class|style|href|src|srcset|alt|width|height|align|valign|colspan|rowspan|border|cellpadding|cellspacing|target|rel|bgcolor|onclick|onload|onerror|itemprop|itemtype|frameborder|data-[a-z][a-z-]{0,20}|aria-[a-z]{2,20})\s?=\s?["'‘’“”][^"'‘’“”\r\n]{0,80}["'‘’“”]?
        |(?:td|tr|th|table|tbody|div|span|img|p|font|li|ul|ol|a|iframe)(?:style|class|align|valign|width|height|colspan|rowspan|border|href|src|bgcolor)\b
        |(?:col|row)(?:size|count|span)\b
        |(?:valign|align|textalign|text-align)(?:top|middle|bottom|center|left|right|justify|baseline)\b
        |(?:text-?align|font-?(?:size|weight|family|style)|line-?height|vertical-?align|background-?color|text-?decoration|margin-?(?:top|bottom|left|right)|padding-?(?:top|bottom|left|right)?|border-?(?:top|bottom|left|right|width|style|collapse)?|display|float|white-?space|z-index|min-width|max-width)\s?:\s?["'‘’]?(?:-?\d+(?:\.\d+)?(?:px|em|rem|pt)\b|-?\d+(?:\.\d+)?%|-?\d+;|(?:left|right|center|justify|none|block|inline|inline-block|flex|bold|normal|italic|underline|solid|collapse|nowrap|hidden|auto|top|middle|bottom)\b|\#[0-9a-fA-F]{3,6}\b)["'‘’]?;?
        |[a-z]{3,15}["'‘’]?\s?=\s?["'‘’][^"'‘’\r\n ]{1,20}["'‘’]
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex DebrisPattern();
}
