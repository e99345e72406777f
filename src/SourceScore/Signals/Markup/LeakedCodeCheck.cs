using System.Buffers;
using System.Text.RegularExpressions;

namespace SourceScore.Signals.Markup;

/// <summary>
/// Finds script, style and structured-data code left in the text (SS1016): calls to the page's APIs
/// (<c>document.getElementById</c>, <c>googletag</c>, <c>dataLayer.push</c>), function and variable
/// declarations, CSS rules and JSON-LD keys. Only lines holding code punctuation are searched; a line that
/// is mostly code is reported whole, otherwise just the code.
/// </summary>
internal sealed partial class LeakedCodeCheck : ICheck
{
    public static readonly LeakedCodeCheck Instance = new();

    private static readonly SearchValues<char> s_codePunctuation = SearchValues.Create("({=;@!");

    private LeakedCodeCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.LeakedCode];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        foreach (var line in context.Lines)
        {
            var slice = text.Slice(line.Start, line.Length);
            if (slice.IndexOfAny(s_codePunctuation) < 0)
            {
                continue;
            }

            int first = -1, last = -1;
            foreach (var match in Code().EnumerateMatches(slice))
            {
                first = first < 0 ? match.Index : first;
                last = match.Index + match.Length;
            }

            if (first < 0)
            {
                continue;
            }

            // Mostly code: report the whole line; a code fragment inside prose: report the fragment.
            var trimmed = slice.Trim();
            int lead = slice.Length - slice.TrimStart().Length;
            var span = CodeShare(trimmed) >= 0.08
                ? new TextSpan(line.Start + lead, trimmed.Length)
                : TextSpan.FromBounds(line.Start + first, line.Start + last);
            context.Report(MarkupRules.LeakedCode, span, Shorten(text.Slice(span.Start, span.Length)));
        }
    }

    private static double CodeShare(ReadOnlySpan<char> line)
    {
        int code = 0;
        foreach (char c in line)
        {
            if (c is ';' or '{' or '}' or '=' or '(' or ')' or '[' or ']' or ':' or '"')
            {
                code++;
            }
        }

        return code / (double)Math.Max(1, line.Length);
    }

    private static string Shorten(ReadOnlySpan<char> s) => s.Length <= 80 ? s.ToString() : string.Concat(s[..79], "…");

    [GeneratedRegex(
        """
        \b(?:document\.(?:getElementById|getElementsBy\w+|querySelector(?:All)?|write|createElement|cookie)|window\.(?:location|addEventListener|onload|dataLayer|open)|googletag\.|gtag\(|dataLayer\.push|_gaq\.push|fbq\(|addEventListener\()
        |\bfunction\s*\w{0,30}\s*\([^)]{0,60}\)\s*\{
        |\$\(\s*(?:document|window|['"][^'"]{1,40}['"])\s*\)
        |"@context"\s*:|"@type"\s*:
        |@media\s*(?:screen|print|\()
        |!important\s*;
        |\b(?:var|let|const)\s+[A-Za-z_$][\w$]{0,30}\s*=\s*(?:[\[{(]|function|new\b|document|window|["'])
        |\)\s*=>\s*\{
        |\}\)\(\);
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Code();
}
