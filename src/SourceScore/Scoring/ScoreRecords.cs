using System.Text.Encodings.Web;
using System.Text.Json;

namespace SourceScore.Scoring;

/// <summary>
/// The record of a scored article as cli-contract.md gives it: id, source, overall, band, language, reasons, signals,
/// copy_of, findings (and sentences, text, source_credibility when asked). Written by the tool's JSONL output, by the
/// server, and by a cluster's scoring grains, so that every way of scoring gives the same bytes.
/// </summary>
internal static class ScoreRecords
{
    /// <summary>How records are written: article text is data, not HTML, so non-ASCII stays readable instead of \u-escaped.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = false };

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
            WriteFinding(w, f);
        }

        w.WriteEndArray();
        if (score.SuppressedFindings.Count > 0)
        {
            // What the editor suppressed in the draft: listed, so nothing is hidden silently, and counted nowhere.
            w.WriteStartArray("suppressed");
            foreach (var f in score.SuppressedFindings)
            {
                WriteFinding(w, f);
            }

            w.WriteEndArray();
        }
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

    /// <summary>Writes a signal's <c>risk</c> and <c>assessed</c>, and for a signal that could not judge the article the contract's <c>reason</c>.</summary>
    public static void WriteRisk(Utf8JsonWriter w, SignalScore signal)
    {
        WriteNumberOrNull(w, "risk", signal.Risk);
        w.WriteBoolean("assessed", signal.Assessed);
        if (!signal.Assessed)
        {
            w.WriteString("reason", signal.NotAssessedReason ?? "not assessed");
        }
    }

    public static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
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

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
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
        if (f.Suppressed)
        {
            w.WriteString("justification", f.Justification ?? string.Empty);
        }

        w.WriteEndObject();
    }
}
