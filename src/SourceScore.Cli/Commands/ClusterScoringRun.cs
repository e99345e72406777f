using System.Text;
using SourceScore.Cli.Input;
using SourceScore.Orleans;

namespace SourceScore.Cli.Commands;

/// <summary>
/// <c>score --cluster</c>: the inputs read here, scored on the silos (each article recorded in the cluster's ledger),
/// the records written here in input order, as <c>score --ledger</c> writes them. Up to a window of articles are in
/// flight at once; an article whose call fails (a silo lost) is sent again, for about two minutes, and the ledger
/// counts it once.
/// </summary>
internal static class ClusterScoringRun
{
    // A silo lost is declared dead by the others after several missed probes (tens of seconds); its partitions and
    // workers come back on the silos left only then. The delays between attempts add up to about two minutes.
    private const int Attempts = 12;

    public static async Task<int> RunAsync(string connection, IReadOnlyList<string> inputs, bool includeText, bool detail, int window, CommandContext io, CancellationToken token)
    {
        ClusterConnection cluster;
        try
        {
            cluster = await ClusterConnection.ConnectAsync(connection, token).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            await io.Stderr.WriteLineAsync($"sourcescore: {CliApp.OneLine(ex.Message)}").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        await using (cluster.ConfigureAwait(false))
        {
            var reader = new ArticleReader(e => io.Stderr.WriteLine(e.ToString()), io.Stdin);
            var output = io.Stdout();
            var pending = new Queue<Task<string>>();
            int sent = 0;
            try
            {
                await foreach (var input in reader.ReadFieldsAsync(reader.Expand(inputs), token).ConfigureAwait(false))
                {
                    var f = input.Fields;
                    var request = new ScoreRequest(f.Id, f.Source, f.Url, f.Title, f.Published, f.Author, f.Text, f.Html, f.Language, detail, includeText, Record: true);
                    pending.Enqueue(ScoreAsync(cluster.Client, request, sent++));
                    while (pending.Count >= window)
                    {
                        await WriteAsync(output, await pending.Dequeue().ConfigureAwait(false)).ConfigureAwait(false);
                    }
                }

                while (pending.Count > 0)
                {
                    await WriteAsync(output, await pending.Dequeue().ConfigureAwait(false)).ConfigureAwait(false);
                }
            }
            catch (ClusterLostException ex)
            {
                await io.Stderr.WriteLineAsync($"sourcescore: {ex.Message}; the records written are whole").ConfigureAwait(false);
                return CliApp.UsageOrInputError;
            }

            return reader.ErrorCount > 0 ? CliApp.UsageOrInputError : CliApp.Ok;
        }
    }

    private static async Task<string> ScoreAsync(IClusterClient client, ScoreRequest request, int number)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await client.GetGrain<IScoringGrain>(number % 64).Score(request).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < Attempts)
            {
                // A silo lost with the article in flight: the article is sent again (the ledger counts its id once).
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(1 << (attempt - 1), 15))).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new ClusterLostException($"article {request.Id} could not be scored by the cluster after {Attempts} attempts ({CliApp.OneLine(ex.Message)})", ex);
            }
        }
    }

    private static async Task WriteAsync(Stream output, string record)
    {
        var bytes = Encoding.UTF8.GetBytes(record + "\n");
        await output.WriteAsync(bytes).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    private sealed class ClusterLostException(string message, Exception inner) : Exception(message, inner);
}
