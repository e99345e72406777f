using System.Globalization;
using SourceScore.Cli.Input;

namespace SourceScore.Cli.Output;

/// <summary>
/// The readable report: per article, the overall score and each signal's risk, then one line per finding
/// in the form editors and compilers use — file:line:column: severity rule: message — with its excerpt; with
/// --detail, then each sentence's verdict, check-worthiness and attribution.
/// </summary>
internal sealed class TextScoreWriter : IScoreWriter
{
    private readonly TextWriter _output;
    private readonly bool _detail;

    public TextScoreWriter(TextWriter output, bool detail = false)
    {
        _output = output;
        _detail = detail;
    }

    public async ValueTask WriteAsync(InputArticle input, ArticleScore score, CancellationToken cancellationToken)
    {
        var article = input.Article;
        await _output.WriteAsync(Format(score).AsMemory(), cancellationToken).ConfigureAwait(false);
        if (_detail)
        {
            await _output.WriteAsync(FormatSentences(article, score).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string Format(ArticleScore score)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new System.Text.StringBuilder();
        string name = score.Id.Length > 0 ? score.Id : "(article)";
        if (score.Error is { } error)
        {
            b.Append(c, $"{name}: {error.Rule.Id} not scored: {error.Type}: {error.Message}").AppendLine();
            return b.ToString();
        }

        b.Append(c, $"{name}: overall {(score.Overall is double overall ? overall.ToString("0.0", c) + "/100" : "not scored")}, {score.Band.ToName()}");
        if (score.Source.Length > 0)
        {
            b.Append(c, $" (source {score.Source})");
        }

        b.AppendLine();
        if (LanguageNote(score.Language) is { } note)
        {
            b.Append(c, $"  {"language",-10} {note}").AppendLine();
        }

        foreach (var signal in score.Signals)
        {
            b.Append(c, $"  {signal.Signal.ToName(),-10} risk {(signal.Risk is double r ? r.ToString("0.00", c) : "n/a")}");
            foreach (var count in signal.Counts)
            {
                b.Append(c, $"  {count.Name} {count.Value}");
            }

            if (!signal.Assessed)
            {
                b.Append(c, $"  (not assessed: {signal.NotAssessedReason})");
            }
            else if (score.Reasons.FirstOrDefault(x => x.Signal == signal.Signal) is { Points: > 0 } reason)
            {
                b.Append(c, $"  (-{reason.Points:0.0} points)");
            }

            b.AppendLine();
        }

        void AppendFinding(Finding f, string label, string reason)
        {
            b.Append(c, $"{name}:{f.Position.Line}:{f.Position.Column}: {label} {f.Rule.Id}: {f.Message}{reason}").AppendLine();
            b.Append("    | ").AppendLine(OneLine(f.Excerpt));
        }

        foreach (var f in score.Findings)
        {
            AppendFinding(f, f.Severity.ToName(), string.Empty);
        }

        foreach (var f in score.SuppressedFindings)
        {
            // Suppressed by the editor in the draft: shown, never hidden silently; counted in no score.
            AppendFinding(f, "suppressed", string.IsNullOrEmpty(f.Justification) ? string.Empty : $" [reason: {f.Justification}]");
        }

        int errors = score.Findings.Count(f => f.Severity == Severity.Error);
        int warnings = score.Findings.Count(f => f.Severity == Severity.Warning);
        int infos = score.Findings.Count - errors - warnings;

        b.Append(c, $"  {score.Findings.Count} finding{(score.Findings.Count == 1 ? string.Empty : "s")}: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}, {infos} info");
        if (score.SuppressedFindings.Count > 0)
        {
            b.Append(c, $"; {score.SuppressedFindings.Count} suppressed in the draft");
        }

        b.AppendLine();
        b.AppendLine();
        return b.ToString();
    }

    /// <summary>
    /// What the reader should know of the article's language: nothing for English; for another language its name and
    /// code, and for a text too short to tell that it was judged as English.
    /// </summary>
    public static string? LanguageNote(ArticleLanguage language) => language switch
    {
        { IsUndetermined: true } => "undetermined (too short to tell); judged as English",
        { Code: "en" } => null,
        _ => string.Create(CultureInfo.InvariantCulture, $"{language.Name} ({language.Code}, confidence {language.Confidence:0.00}{(language.FromDeclaration ? ", as the page declares" : string.Empty)}); signals that read English only are not assessed"),
    };

    /// <summary>One line per sentence: line:column, verdict, check-worthiness, attribution, hedging, the start of the sentence.</summary>
    public static string FormatSentences(Article article, ArticleScore score)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new System.Text.StringBuilder();
        string name = score.Id.Length > 0 ? score.Id : "(article)";
        foreach (var s in score.Sentences)
        {
            var at = article.GetPosition(s.Span.Start);
            string attribution = s.Attribution is { } a ? $" {(a.Kind == AttributionKind.Named ? "named" : "vague")} '{OneLine(article.Text.Substring(a.Span.Start, a.Span.Length))}'" : string.Empty;
            string text = OneLine(article.Text.Substring(s.Span.Start, Math.Min(s.Span.Length, 72)));
            b.Append(c, $"{name}:{at.Line}:{at.Column}: {SourceScore.Scoring.ScoreRecords.VerdictName(s.Verdict)} ({s.CheckWorthiness:0.00}){attribution}{(s.IsHedged ? " hedged" : string.Empty)}").AppendLine();
            b.Append("    | ").AppendLine(text + (s.Span.Length > 72 ? "…" : string.Empty));
        }

        b.AppendLine();
        return b.ToString();
    }

    internal static string OneLine(string excerpt)
    {
        var b = new System.Text.StringBuilder(excerpt.Length);
        foreach (char ch in excerpt)
        {
            b.Append(ch switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(ch) => $"\\u{(int)ch:X4}",
                _ => ch.ToString(),
            });
        }

        return b.ToString();
    }

    public async ValueTask DisposeAsync() => await _output.FlushAsync().ConfigureAwait(false);
}
