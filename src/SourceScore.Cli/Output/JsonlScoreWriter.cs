using System.Text.Json;
using SourceScore.Cli.Input;
using SourceScore.Scoring;

namespace SourceScore.Cli.Output;

/// <summary>
/// Writes one JSON object a line, exactly the record of cli-contract.md: id, source, overall, signals,
/// findings (and text with --include-text, the per-sentence view of the claims signal with --detail). Each record is flushed as soon as it is written, so a
/// pipeline downstream sees results while the feed is still being read.
/// </summary>
internal sealed class JsonlScoreWriter : IScoreWriter
{
    // Article text is data, not HTML: keep non-ASCII readable instead of \u-escaping it.
    internal static readonly JsonWriterOptions WriterOptions = ScoreRecords.WriterOptions;

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

    /// <summary>Writes the contract's record of one article (<see cref="ScoreRecords"/>).</summary>
    public static void WriteRecord(Utf8JsonWriter w, Article article, ArticleScore score, bool includeText, bool detail = false, bool withCredibility = false) =>
        ScoreRecords.WriteRecord(w, article, score, includeText, detail, withCredibility);

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _output.FlushAsync().ConfigureAwait(false);
    }

    internal static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value) => ScoreRecords.WriteNumberOrNull(w, name, value);
}
