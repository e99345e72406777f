using System.Text.Encodings.Web;
using System.Text.Json;
using SourceScore.Cli.Input;

namespace SourceScore.Cli.Output;

/// <summary>
/// Writes one JSON object a line, exactly the record of cli-contract.md: id, source, overall, signals,
/// findings (and text with --include-text, the per-sentence view of the claims signal with --detail). Each record is flushed as soon as it is written, so a
/// pipeline downstream sees results while the feed is still being read.
/// </summary>
internal sealed class JsonlScoreWriter : IScoreWriter
{
    // Article text is data, not HTML: keep non-ASCII readable instead of \u-escaping it.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = false };

    private readonly Stream _output;
    private readonly bool _includeText;
    private readonly bool _detail;
    private readonly bool _withCredibility;
    private readonly Utf8JsonWriter _writer;

    public JsonlScoreWriter(Stream output, bool includeText, bool detail = false, bool withCredibility = false)
    {
        _output = output;
        _includeText = includeText;
        _detail = detail;
        _withCredibility = withCredibility;
        _writer = new Utf8JsonWriter(output, WriterOptions);
    }

    public async ValueTask WriteAsync(InputArticle input, ArticleScore score, CancellationToken cancellationToken)
    {
        var article = input.Article;
        WriteRecord(_writer, article, score, _includeText, _detail, _withCredibility);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.Reset();
        _output.WriteByte((byte)'\n');
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static void WriteRecord(Utf8JsonWriter w, Article article, ArticleScore score, bool includeText, bool detail = false, bool withCredibility = false)
    {
        w.WriteStartObject();
        w.WriteString("id", score.Id);
        w.WriteString("source", score.Source);
        if (score.Error is { } error)
        {
            // The contract's record of a failed article: no score, the error instead, still in its place in the output.
            w.WriteNull("overall");
            w.WriteString("band", score.Band.ToName());
            w.WriteStartObject("error");
            w.WriteString("rule", error.Rule.Id);
            w.WriteString("type", error.Type);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
            if (includeText)
            {
                w.WriteString("text", article.Text);
            }

            w.WriteEndObject();
            return;
        }

        WriteNumberOrNull(w, "overall", score.Overall);
        w.WriteString("band", score.Band.ToName());
        w.WriteString("language", score.Language.Code);
        w.WriteNumber("language_confidence", score.Language.Confidence);
        w.WriteStartArray("reasons");
        foreach (var reason in score.Reasons)
        {
            w.WriteStartObject();
            w.WriteString("signal", reason.Signal.ToName());
            WriteNumberOrNull(w, "risk", reason.Risk);

            w.WriteNumber("points", reason.Points);
            w.WriteStartArray("findings");
            foreach (var f in reason.TopFindings)
            {
                w.WriteStartObject();
                w.WriteString("rule", f.Rule.Id);
                w.WriteString("severity", f.Severity.ToName());
                w.WriteString("message", f.Message);
                w.WriteNumber("start", f.Span.Start);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (withCredibility)
        {
            WriteNumberOrNull(w, "source_credibility", score.SourceCredibility);
        }

        w.WriteStartObject("signals");
        foreach (var signal in score.Signals)
        {
            w.WriteStartObject(signal.Signal.ToName());
            WriteRisk(w, signal);

            foreach (var count in signal.Counts)
            {
                w.WriteNumber(count.Name, count.Value);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        if (score.CopiedFrom is { } copy)
        {
            WriteCopy(w, copy);
        }

        w.WriteStartArray("findings");
        foreach (var f in score.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule.Id);
            w.WriteString("signal", f.Rule.Signal.ToName());
            w.WriteString("severity", f.Severity.ToName());
            w.WriteString("message", f.Message);
            w.WriteNumber("start", f.Span.Start);
            w.WriteNumber("length", f.Span.Length);
            w.WriteNumber("line", f.Position.Line);
            w.WriteNumber("column", f.Position.Column);
            w.WriteString("excerpt", f.Excerpt);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (detail)
        {
            WriteSentences(w, score.Sentences);
        }

        if (includeText)
        {
            w.WriteString("text", article.Text);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>copy_of</c>: the earlier article from another source the article was copied or reworded from — its id
    /// and source, the share of the article derived from it, the kind (<c>near-copy</c>, <c>reworded</c>), whether it
    /// is credited, and each reused passage's span in the article and in the original's text.
    /// </summary>
    public static void WriteCopy(Utf8JsonWriter w, CopyOrigin copy)
    {
        w.WriteStartObject("copy_of");
        w.WriteString("id", copy.Id);
        w.WriteString("source", copy.Source);
        w.WriteNumber("share", copy.Share);
        w.WriteString("kind", copy.Kind.ToName());
        w.WriteBoolean("credited", copy.Credited);
        w.WriteStartArray("passages");
        foreach (var p in copy.Passages)
        {
            w.WriteStartObject();
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("length", p.Span.Length);
            w.WriteNumber("original_start", p.Original.Start);
            w.WriteNumber("original_length", p.Original.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the contract's <c>sentences</c> array: span, check-worthiness, attribution (or null), hedging, verdict.</summary>
    public static void WriteSentences(Utf8JsonWriter w, IReadOnlyList<ClaimSentence> sentences)
    {
        w.WriteStartArray("sentences");
        foreach (var s in sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Span.Start);
            w.WriteNumber("length", s.Span.Length);
            w.WriteNumber("checkworthy", s.CheckWorthiness);
            if (s.Attribution is { } a)
            {
                w.WriteStartObject("attribution");
                w.WriteNumber("start", a.Span.Start);
                w.WriteNumber("length", a.Span.Length);
                w.WriteString("kind", a.Kind == AttributionKind.Named ? "named" : "vague");
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("attribution");
            }

            w.WriteBoolean("hedged", s.IsHedged);
            w.WriteString("verdict", VerdictName(s.Verdict));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The contract's name of a verdict.</summary>
    public static string VerdictName(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "supported",
        ClaimVerdict.Unsupported => "unsupported",
        ClaimVerdict.Vague => "vague",
        _ => "not-checkworthy",
    };

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _output.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Writes a number, or JSON null when there is none (a risk with nothing to judge, a new source's credibility).</summary>
    /// <summary>Writes a signal's <c>risk</c> and <c>assessed</c>, and for a signal that could not judge the article the contract's <c>reason</c>.</summary>
    internal static void WriteRisk(Utf8JsonWriter w, SignalScore signal)
    {
        WriteNumberOrNull(w, "risk", signal.Risk);
        w.WriteBoolean("assessed", signal.Assessed);
        if (!signal.Assessed)
        {
            w.WriteString("reason", signal.NotAssessedReason ?? "not assessed");
        }
    }

    internal static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
