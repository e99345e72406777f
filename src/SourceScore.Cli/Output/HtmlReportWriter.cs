using System.Globalization;
using System.Net;
using System.Text;

namespace SourceScore.Cli.Output;

/// <summary>
/// The editor's report: one self-contained HTML page (inline CSS, no script, no network request) with the
/// scores at the top, the article text with every finding highlighted in place (colour by signal, rule
/// and message on hover and in a numbered list below). Every piece of article text is HTML-encoded, so a
/// hostile article cannot run anything in the report.
/// </summary>
internal sealed class HtmlReportWriter : IScoreWriter
{
    private readonly TextWriter _output;
    private bool _started;

    public HtmlReportWriter(TextWriter output) => _output = output;

    public async ValueTask WriteAsync(Article article, ArticleScore score, CancellationToken cancellationToken)
    {
        var b = new StringBuilder();
        if (!_started)
        {
            b.Append(Header(score.Id));
            _started = true;
        }

        AppendArticle(b, article, score);
        await _output.WriteAsync(b.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_started)
        {
            await _output.WriteAsync(Header("sourcescore report")).ConfigureAwait(false);
        }

        await _output.WriteAsync("</body>\n</html>\n").ConfigureAwait(false);
        await _output.FlushAsync().ConfigureAwait(false);
    }

    private static string Header(string title) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        + "<title>" + E("sourcescore: " + title) + "</title>\n<style>\n"
        + "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b;line-height:1.5}"
        + ".scores{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.score{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem}"
        + ".overall{font-size:1.6rem;font-weight:bold}.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;background:#fafafa;font-family:ui-monospace,monospace;font-size:.9rem;overflow-wrap:anywhere}"
        + "mark{border-radius:3px;padding:0 1px}mark sup{font-size:.65rem;font-weight:bold}"
        + ".markup{background:#ffd6d6}.machine{background:#e2d6ff}.claims{background:#fff1b8}.agreement{background:#cdeffd}.source{background:#e0e0e0}"
        + "ol.findings li{margin:.3rem 0}code{background:#f0f0f0;padding:0 3px}.sev-error{color:#a40000}.sev-warning{color:#8a5a00}.sev-info{color:#555}"
        + "\n</style>\n</head>\n<body>\n";

    private static void AppendArticle(StringBuilder b, Article article, ArticleScore score)
    {
        var c = CultureInfo.InvariantCulture;
        b.Append("<section class=\"article\">\n<h1>").Append(E(score.Id.Length > 0 ? score.Id : "Article")).Append("</h1>\n");
        if (article.Title is { Length: > 0 } title)
        {
            b.Append("<p class=\"title\">").Append(E(title)).Append("</p>\n");
        }

        b.Append("<div class=\"scores\">\n<div class=\"score\"><div>Overall</div><div class=\"overall\">")
            .Append(score.Overall.ToString("0.0", c)).Append(" / 100</div></div>\n");
        foreach (var s in score.Signals)
        {
            b.Append("<div class=\"score ").Append(s.Signal.ToName()).Append("\"><div>").Append(E(s.Signal.ToName()))
                .Append(" risk</div><div>").Append(s.Risk is double r ? r.ToString("0.00", c) : "n/a").Append("</div></div>\n");
        }

        b.Append("</div>\n<p>").Append(score.Findings.Count.ToString(c)).Append(" finding").Append(score.Findings.Count == 1 ? string.Empty : "s").Append(". Hover a highlight for its rule and message.</p>\n");
        b.Append("<div class=\"text\">");
        AppendHighlighted(b, article.Text, score.Findings);
        b.Append("</div>\n<ol class=\"findings\">\n");
        int n = 1;
        foreach (var f in score.Findings)
        {
            b.Append("<li id=\"f").Append(n.ToString(c)).Append("\"><span class=\"sev-").Append(f.Severity.ToName()).Append("\">")
                .Append(f.Severity.ToName()).Append("</span> <code>").Append(f.Rule.Id).Append("</code> line ")
                .Append(f.Position.Line.ToString(c)).Append(", column ").Append(f.Position.Column.ToString(c)).Append(": ")
                .Append(E(f.Message)).Append(" <code>").Append(E(TextScoreWriter.OneLine(f.Excerpt))).Append("</code></li>\n");
            n++;
        }

        b.Append("</ol>\n</section>\n");
    }

    /// <summary>Writes the text with findings wrapped in marks; an overlapping finding is listed but only the first is highlighted.</summary>
    private static void AppendHighlighted(StringBuilder b, string text, IReadOnlyList<Finding> findings)
    {
        var c = CultureInfo.InvariantCulture;
        int at = 0;
        int n = 0;
        foreach (var f in findings)
        {
            n++;
            if (f.Span.Start < at)
            {
                continue;
            }

            b.Append(E(text[at..f.Span.Start]));
            string tip = $"{f.Rule.Id} ({f.Severity.ToName()}): {f.Message}";
            b.Append("<mark class=\"").Append(f.Rule.Signal.ToName()).Append("\" title=\"").Append(E(tip)).Append("\">");
            b.Append(f.Span.Length == 0 ? "\u2038" : E(text.Substring(f.Span.Start, f.Span.Length)));
            b.Append("<sup>").Append(n.ToString(c)).Append("</sup></mark>");
            at = f.Span.End;
        }

        b.Append(E(text[at..]));
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
