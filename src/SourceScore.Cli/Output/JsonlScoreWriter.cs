using System.Text.Encodings.Web;
using System.Text.Json;

namespace SourceScore.Cli.Output;

/// <summary>
/// Writes one JSON object a line, exactly the record of cli-contract.md: id, source, overall, signals,
/// findings (and text with --include-text). Each record is flushed as soon as it is written, so a
/// pipeline downstream sees results while the feed is still being read.
/// </summary>
internal sealed class JsonlScoreWriter : IScoreWriter
{
    // Article text is data, not HTML: keep non-ASCII readable instead of \u-escaping it.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = false };

    private readonly Stream _output;
    private readonly bool _includeText;
    private readonly Utf8JsonWriter _writer;

    public JsonlScoreWriter(Stream output, bool includeText)
    {
        _output = output;
        _includeText = includeText;
        _writer = new Utf8JsonWriter(output, WriterOptions);
    }

    public async ValueTask WriteAsync(Article article, ArticleScore score, CancellationToken cancellationToken)
    {
        WriteRecord(_writer, article, score, _includeText);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.Reset();
        _output.WriteByte((byte)'\n');
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static void WriteRecord(Utf8JsonWriter w, Article article, ArticleScore score, bool includeText)
    {
        w.WriteStartObject();
        w.WriteString("id", score.Id);
        w.WriteString("source", score.Source);
        w.WriteNumber("overall", score.Overall);
        w.WriteStartObject("signals");
        foreach (var signal in score.Signals)
        {
            w.WriteStartObject(signal.Signal.ToName());
            if (signal.Risk is double risk)
            {
                w.WriteNumber("risk", risk);
            }
            else
            {
                w.WriteNull("risk");
            }

            foreach (var count in signal.Counts)
            {
                w.WriteNumber(count.Name, count.Value);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
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
        if (includeText)
        {
            w.WriteString("text", article.Text);
        }

        w.WriteEndObject();
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _output.FlushAsync().ConfigureAwait(false);
    }
}
