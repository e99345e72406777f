using System.Globalization;
using System.Net;
using System.Text;
using SourceScore.Cli.Input;

namespace SourceScore.Cli.Output;

/// <summary>
/// The editor's report: one self-contained HTML page — inline CSS, no script, no network request, and a
/// content security policy that forbids both — with, per article, the overall score, its band and its reasons
/// at the top, the four signals, the article text with every finding highlighted in place (colour by signal;
/// the rule and message on hover, and in the numbered list below, which each highlight links to). Findings
/// that overlap are all highlighted: the text is cut at every finding's edges and each piece lists every
/// finding covering it. Every piece of article text is HTML-encoded, so a hostile article cannot run anything.
/// </summary>
internal sealed class HtmlReportWriter : IScoreWriter
{
    internal const string Policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private static readonly Signal[] s_signals = [Signal.Markup, Signal.Machine, Signal.Claims, Signal.Agreement, Signal.Source];

    private readonly TextWriter _output;
    private int _articles;

    public HtmlReportWriter(TextWriter output) => _output = output;

    public async ValueTask WriteAsync(InputArticle input, ArticleScore score, CancellationToken cancellationToken)
    {
        var article = input.Article;
        var b = new StringBuilder();
        if (_articles == 0)
        {
            b.Append(Header(score.Id.Length > 0 ? score.Id : "article"));
        }

        _articles++;
        AppendArticle(b, article, score, "a" + _articles.ToString(CultureInfo.InvariantCulture));
        await _output.WriteAsync(b.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_articles == 0)
        {
            await _output.WriteAsync(Header("report") + "<p>No article was scored.</p>\n").ConfigureAwait(false);
        }

        await _output.WriteAsync("</body>\n</html>\n").ConfigureAwait(false);
        await _output.FlushAsync().ConfigureAwait(false);
    }

    private static string Header(string title) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Policy + "\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + E("sourcescore: " + title) + "</title>\n<style>\n"
        + Styles
        + "\n</style>\n</head>\n<body>\n";

    /// <summary>The report's style sheet (the editor's page of <c>sourcescore serve</c> serves it as a file).</summary>
    internal const string Styles =
        "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b;line-height:1.5}"
        + "section.article{border-top:3px solid #333;margin-top:2rem}"
        + ".scores{display:flex;gap:.8rem;flex-wrap:wrap;margin:1rem 0}.score{border:1px solid #ccc;border-radius:6px;padding:.4rem .9rem;min-width:7rem}"
        + ".score .value{font-size:1.2rem;font-weight:bold}.overall .value{font-size:1.8rem}.band{font-weight:bold;text-transform:uppercase;font-size:.8rem}"
        + ".band-reliable{color:#1d6b1d}.band-generally-reliable{color:#4d6b1d}.band-caution{color:#8a5a00}.band-unreliable{color:#a40000}"
        + ".legend span{display:inline-block;padding:0 .4rem;margin-right:.4rem;border-radius:3px}"
        + ".text{white-space:break-spaces;border:1px solid #ddd;padding:1rem;background:#fafafa;font-family:ui-monospace,monospace;font-size:.9rem;overflow-wrap:anywhere}"
        + "mark{color:inherit;border-radius:2px}mark.overlap{outline:1px dashed #555}mark.blank{display:inline-block;min-width:.6em;min-height:1em;vertical-align:top;outline:1px dashed #a40000}"
        + "a.ref{font-size:.65rem;font-weight:bold;vertical-align:super;line-height:0;text-decoration:none;color:#1b1b1b;padding:0 1px;border-radius:2px}"
        + "a.point{font-weight:bold;text-decoration:none;color:#1b1b1b;border-radius:2px;padding:0 2px}"
        + ".markup{background:#ffc9c9}.machine{background:#ddd0ff}.claims{background:#ffec99}.agreement{background:#c5ecfb}.source{background:#dcdcdc}"
        + "ol.findings li{margin:.3rem 0}ol.findings li:target{outline:2px solid #333}.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:middle;margin-right:.3rem}"
        + "code{background:#f0f0f0;padding:0 3px;overflow-wrap:anywhere}.sev-error{color:#a40000;font-weight:bold}.sev-warning{color:#8a5a00;font-weight:bold}.sev-info{color:#555}";

    /// <summary>Appends one article's section of the report (its anchors start with <paramref name="key"/>).</summary>
    internal static void AppendArticle(StringBuilder b, Article article, ArticleScore score, string key)
    {
        var c = CultureInfo.InvariantCulture;
        var number = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < score.Findings.Count; i++)
        {
            number[score.Findings[i]] = i + 1;
        }

        b.Append("<section class=\"article\" id=\"").Append(key).Append("\">\n<h1>").Append(E(score.Id.Length > 0 ? score.Id : "Article")).Append("</h1>\n");
        if (article.Title is { Length: > 0 } title)
        {
            b.Append("<p class=\"title\"><strong>").Append(E(title)).Append("</strong></p>\n");
        }

        if (score.Source.Length > 0)
        {
            b.Append("<p>Source: ").Append(E(score.Source)).Append("</p>\n");
        }

        // The scores: overall with its band, then each signal's risk and what it took off.
        b.Append("<div class=\"scores\">\n<div class=\"score overall\"><div>Overall</div><div class=\"value\">")
            .Append(score.Overall is double overall ? overall.ToString("0.0", c) + " / 100" : "not scored").Append("</div><div class=\"band band-").Append(score.Band.ToName()).Append("\">")
            .Append(score.Band.ToName().Replace('-', ' ')).Append("</div></div>\n");
        foreach (var s in score.Signals)
        {
            double points = score.Reasons.FirstOrDefault(r => r.Signal == s.Signal)?.Points ?? 0;
            b.Append("<div class=\"score ").Append(s.Signal.ToName()).Append("\"><div>").Append(s.Signal.ToName())
                .Append(" risk</div><div class=\"value\">").Append(s.Risk is double r ? r.ToString("0.00", c) : "n/a").Append("</div><div>")
                .Append(!s.Assessed ? "not assessed: " + E(s.NotAssessedReason ?? string.Empty) : points > 0 ? "−" + points.ToString("0.0", c) + " points" : "no points off").Append("</div></div>\n");
        }

        b.Append("</div>\n");
        if (TextScoreWriter.LanguageNote(score.Language) is { } note)
        {
            b.Append("<p class=\"language\">Language: ").Append(E(note)).Append("</p>\n");
        }

        if (score.Error is { } error)
        {
            b.Append("<p class=\"error\"><code>").Append(error.Rule.Id).Append("</code> ").Append(E(error.Rule.FormatMessage(error.Type, error.Message))).Append("</p>\n");
        }

        AppendReasons(b, score, number, key);

        // The legend, the text with its highlights, and the list every highlight links to.
        b.Append("<p class=\"legend\">").Append(score.Findings.Count.ToString(c)).Append(" finding").Append(score.Findings.Count == 1 ? string.Empty : "s")
            .Append(", highlighted by signal: ");
        foreach (var s in s_signals)
        {
            b.Append("<span class=\"").Append(s.ToName()).Append("\">").Append(s.ToName()).Append("</span>");
        }

        b.Append("Hover a highlight for its rule and message; its number leads to the list below.</p>\n<div class=\"text\">");
        AppendHighlighted(b, article.Text, score.Findings, key);
        b.Append("</div>\n<h2>Findings</h2>\n<ol class=\"findings\">\n");
        int n = 0;
        foreach (var f in score.Findings)
        {
            n++;
            b.Append("<li id=\"").Append(Anchor(key, n)).Append("\"><span class=\"swatch ").Append(f.Rule.Signal.ToName()).Append("\"></span>")
                .Append("<span class=\"sev-").Append(f.Severity.ToName()).Append("\">").Append(f.Severity.ToName()).Append("</span> ");
            AppendFinding(b, f);
            b.Append("</li>\n");
        }

        b.Append("</ol>\n");
        if (score.SuppressedFindings.Count > 0)
        {
            // Suppressed by the editor in the draft: listed, never hidden silently; not highlighted, counted in no score.
            b.Append("<h2>Suppressed in the draft</h2>\n<ol class=\"findings suppressed\">\n");
            foreach (var f in score.SuppressedFindings)
            {
                b.Append("<li><span class=\"swatch ").Append(f.Rule.Signal.ToName()).Append("\"></span>suppressed ");
                AppendFinding(b, f);
                if (!string.IsNullOrEmpty(f.Justification))
                {
                    b.Append(" <em>Reason: ").Append(E(f.Justification)).Append("</em>");
                }

                b.Append("</li>\n");
            }

            b.Append("</ol>\n");
        }

        b.Append("</section>\n");
    }

    /// <summary>A finding's rule, place, message and excerpt, as a list item of the report shows them.</summary>
    private static void AppendFinding(StringBuilder b, Finding f)
    {
        var c = CultureInfo.InvariantCulture;
        b.Append("<code>").Append(f.Rule.Id).Append("</code> line ").Append(f.Position.Line.ToString(c)).Append(", column ")
            .Append(f.Position.Column.ToString(c)).Append(": ").Append(E(f.Message));
        if (f.Excerpt.Length > 0)
        {
            b.Append(" <code>").Append(E(TextScoreWriter.OneLine(f.Excerpt))).Append("</code>");
        }
    }

    /// <summary>Why the score is what it is: each signal that took points off, most first, with its top findings.</summary>
    private static void AppendReasons(StringBuilder b, ArticleScore score, Dictionary<Finding, int> number, string key)
    {
        var c = CultureInfo.InvariantCulture;
        var costly = score.Reasons.Where(r => r.Points > 0).ToList();
        b.Append("<h2>Why this score</h2>\n");
        if (costly.Count == 0)
        {
            b.Append("<p>No signal took points off.</p>\n");
            return;
        }

        b.Append("<ul class=\"reasons\">\n");
        foreach (var reason in costly)
        {
            b.Append("<li><strong>").Append(reason.Signal.ToName()).Append("</strong> took ").Append(reason.Points.ToString("0.0", c)).Append(" points off");
            if (reason.Risk is double risk)
            {
                b.Append(" (risk ").Append(risk.ToString("0.00", c)).Append(')');
            }

            if (reason.TopFindings.Count > 0)
            {
                b.Append(": ");
                for (int i = 0; i < reason.TopFindings.Count; i++)
                {
                    var f = reason.TopFindings[i];
                    b.Append(i > 0 ? "; " : string.Empty);
                    if (number.TryGetValue(f, out int n))
                    {
                        b.Append("<a href=\"#").Append(Anchor(key, n)).Append("\">").Append(f.Rule.Id).Append("</a> ");
                    }
                    else
                    {
                        b.Append(f.Rule.Id).Append(' ');
                    }

                    b.Append(E(f.Message));
                }
            }

            b.Append("</li>\n");
        }

        b.Append("</ul>\n");
    }

    /// <summary>
    /// Writes the text with every finding in place: the text is cut at each finding's start and end, each piece
    /// covered by findings is one mark (coloured by the finding that started last, titled with all of them and listing
    /// their numbers in <c>data-findings</c>; a piece that is only whitespace is drawn as a box so that it can be seen), each
    /// finding's number follows its last piece, and an empty span is a caret at its offset.
    /// </summary>
    private static void AppendHighlighted(StringBuilder b, string text, IReadOnlyList<Finding> findings, string key)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var f in findings)
        {
            cuts.Add(Math.Clamp(f.Span.Start, 0, text.Length));
            cuts.Add(Math.Clamp(f.Span.End, 0, text.Length));
        }

        // Findings are sorted by start; "open" holds those whose span has begun and not yet ended.
        var open = new List<int>();
        int next = 0;
        int previous = -1;
        foreach (int at in cuts)
        {
            if (previous >= 0 && at > previous)
            {
                AppendPiece(b, text, previous, at, findings, open);
                for (int k = 0; k < open.Count;)
                {
                    if (Math.Min(findings[open[k]].Span.End, text.Length) <= at)
                    {
                        AppendNumber(b, findings[open[k]], open[k] + 1, key, point: false);
                        open.RemoveAt(k);
                    }
                    else
                    {
                        k++;
                    }
                }
            }

            while (next < findings.Count && Math.Min(findings[next].Span.Start, text.Length) <= at)
            {
                var f = findings[next];
                if (f.Span.Length == 0)
                {
                    AppendNumber(b, f, next + 1, key, point: true);
                }
                else
                {
                    open.Add(next);
                }

                next++;
            }

            previous = at;
        }
    }

    private static void AppendPiece(StringBuilder b, string text, int start, int end, IReadOnlyList<Finding> findings, List<int> open)
    {
        if (open.Count == 0)
        {
            b.Append(E(text[start..end]));
            return;
        }

        var innermost = findings[open[^1]];
        b.Append("<mark class=\"").Append(innermost.Rule.Signal.ToName()).Append(open.Count > 1 ? " overlap" : string.Empty)
            .Append(text.AsSpan(start, end - start).IsWhiteSpace() ? " blank" : string.Empty).Append("\" data-findings=\"");
        for (int i = 0; i < open.Count; i++)
        {
            b.Append(i > 0 ? " " : string.Empty).Append((open[i] + 1).ToString(CultureInfo.InvariantCulture));
        }

        b.Append("\" title=\"");
        for (int i = 0; i < open.Count; i++)
        {
            b.Append(i > 0 ? "&#10;" : string.Empty).Append(E(Tip(findings[open[i]])));
        }

        b.Append("\">").Append(E(text[start..end])).Append("</mark>");
    }

    /// <summary>
    /// Writes a finding's number in the text, linked to its list entry: after its last piece (<c>ref</c>), or for an
    /// empty span as a caret at its offset (<c>point</c>).
    /// </summary>
    private static void AppendNumber(StringBuilder b, Finding f, int number, string key, bool point)
    {
        string n = number.ToString(CultureInfo.InvariantCulture);
        b.Append("<a class=\"").Append(point ? "point " : "ref ").Append(f.Rule.Signal.ToName()).Append("\" href=\"#").Append(Anchor(key, number))
            .Append("\" title=\"").Append(E(Tip(f))).Append("\">").Append(point ? "\u2038" : string.Empty).Append(n).Append("</a>");
    }

    /// <summary>The id of a finding's list entry, which its highlights and the reasons link to.</summary>
    private static string Anchor(string key, int number) => key + "-f" + number.ToString(CultureInfo.InvariantCulture);

    private static string Tip(Finding f) => $"{f.Rule.Id} ({f.Rule.Signal.ToName()}, {f.Severity.ToName()}): {f.Message}";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
