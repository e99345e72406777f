using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SourceScore.Cli.Output;

/// <summary>
/// Writes the ledger's sources, most credible first: JSONL lines of cli-contract.md (<c>source</c>, <c>articles</c>,
/// <c>credibility</c>, <c>signals</c>, <c>first_seen</c>, <c>last_seen</c>) or a readable table.
/// </summary>
internal static class SourcesWriter
{
    public static async Task WriteAsync(IReadOnlyList<SourceRecord> records, string format, Stream output, CancellationToken token)
    {
        if (format == "jsonl")
        {
            foreach (var record in records)
            {
                await using (var w = new Utf8JsonWriter(output, JsonlScoreWriter.WriterOptions))
                {
                    WriteRecord(w, record);
                }

                output.WriteByte((byte)'\n');
            }

            await output.FlushAsync(token).ConfigureAwait(false);
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("credibility  articles  markup  machine  claims  agreement  first seen  last seen   source");
        foreach (var r in records)
        {
            b.Append(c, $"{r.Credibility,11:0.0}  {r.Articles,8}  {Risk(r, Signal.Markup)}  {Risk(r, Signal.Machine),7}  {Risk(r, Signal.Claims)}  {Risk(r, Signal.Agreement),9}  ");
            b.Append(c, $"{r.FirstSeen:yyyy-MM-dd}  {r.LastSeen:yyyy-MM-dd}  {r.Source}").AppendLine();
        }

        if (records.Count == 0)
        {
            b.AppendLine("(no sources recorded)");
        }

        var bytes = new UTF8Encoding(false).GetBytes(b.ToString());
        await output.WriteAsync(bytes, token).ConfigureAwait(false);
        await output.FlushAsync(token).ConfigureAwait(false);
    }

    /// <summary>Writes a source's record as the contract's JSON object (<c>sources --format jsonl</c>, and <c>GET /v1/sources</c> of the server).</summary>
    internal static void WriteRecord(Utf8JsonWriter w, SourceRecord record)
    {
        w.WriteStartObject();
        w.WriteString("source", record.Source);
        w.WriteNumber("articles", record.Articles);
        w.WriteNumber("credibility", record.Credibility);
        w.WriteStartObject("signals");
        foreach (var (signal, risk) in record.Signals.OrderBy(p => p.Key))
        {
            w.WriteNumber(signal.ToName(), risk);
        }

        w.WriteEndObject();
        w.WriteString("first_seen", record.FirstSeen.ToString("O", CultureInfo.InvariantCulture));
        w.WriteString("last_seen", record.LastSeen.ToString("O", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private static string Risk(SourceRecord record, Signal signal) =>
        record.Signals.TryGetValue(signal, out double risk) ? risk.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(6) : "     -";
}
