using System.Diagnostics;
using System.Text;
using SourceScore.Cli.Input;
using SourceScore.Orleans;

namespace SourceScore.Cli.Commands;

/// <summary>
/// <c>score --cluster</c>: the inputs read here, scored on the silos (each article recorded in the cluster's ledger),
/// the records written here in input order, as <c>score --ledger</c> writes them. Up to a window of articles are in
/// flight at once; an article whose call fails (a silo lost, PostgreSQL unreachable) is sent again for up to
/// <c>--retry-for</c> (two minutes by default: a lost silo is declared dead by the others after several missed probes,
/// tens of seconds, and its partitions and workers come back on the silos left only then), and the ledger counts it
/// once. When an article's attempts run out the run stops with exit code 2; every record written is whole.
/// </summary>
internal static class ClusterScoringRun
{
    public static async Task<int> RunAsync(string connection, IReadOnlyList<string> inputs, bool includeText, bool detail, int window, TimeSpan retryFor, CommandContext io, CancellationToken token)
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
            // In order, sent and written: articles whose calls are in flight (at most the window), and after them ones
            // scored but not yet written because an earlier one is still in flight (at most ReorderFactor windows in
            // all), so a long article on one silo does not leave the others idle.
            // Not disposed: calls still in flight when the run stops release it after (it holds no wait handle).
            var pending = new Queue<Task<Outcome>>();
            var inFlight = new SemaphoreSlim(window);
            int sent = 0, unreadable = 0;
            try
            {
                await foreach (var input in reader.ReadFieldsAsync(reader.Expand(inputs), token).ConfigureAwait(false))
                {
                    var f = input.Fields;
                    var request = new ScoreRequest(f.Id, f.Source, f.Url, f.Title, f.Published, f.Author, f.Text, f.Html, f.Language, detail, includeText, Record: true);
                    string location = input.Line > 0 ? $"{input.Path}:{input.Line}" : input.Path;
                    while (pending.Count > 0 && (pending.Peek().IsCompleted || pending.Count >= window * ReorderFactor))
                    {
                        unreadable += await WriteAsync(output, io.Stderr, await pending.Dequeue().ConfigureAwait(false)).ConfigureAwait(false);
                    }

                    await inFlight.WaitAsync(token).ConfigureAwait(false);
                    pending.Enqueue(ReleasingAsync(ScoreAsync(cluster.Client, request, sent++, retryFor, location), inFlight));
                }

                while (pending.Count > 0)
                {
                    unreadable += await WriteAsync(output, io.Stderr, await pending.Dequeue().ConfigureAwait(false)).ConfigureAwait(false);
                }
            }
            catch (ClusterLostException ex)
            {
                await io.Stderr.WriteLineAsync($"sourcescore: {ex.Message}; the records written are whole").ConfigureAwait(false);
                return CliApp.UsageOrInputError;
            }

            return reader.ErrorCount + unreadable > 0 ? CliApp.UsageOrInputError : CliApp.Ok;
        }
    }

    /// <summary>How many windows of articles may wait, scored, for an earlier one to be written.</summary>
    private const int ReorderFactor = 4;

    private static async Task<Outcome> ReleasingAsync(Task<Outcome> call, SemaphoreSlim inFlight)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        finally
        {
            inFlight.Release();
        }
    }

    /// <summary>The article's record, or what to report when the silo could not make the article (as the reader reports an input it cannot read; never sent again).</summary>
    private static async Task<Outcome> ScoreAsync(IClusterClient client, ScoreRequest request, int number, TimeSpan retryFor, string location)
    {
        long firstFailure = 0;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return new Outcome(await client.GetGrain<IScoringGrain>(number % 64).Score(request).ConfigureAwait(false), null);
            }
            catch (ArticleUnreadableException ex)
            {
                return new Outcome(null, new InputError(location, ex.Message + "; please report it with the input"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A silo lost with the article in flight, or PostgreSQL unreachable: the article is sent again (the
                // ledger counts its id once), until its time runs out.
                firstFailure = firstFailure == 0 ? Stopwatch.GetTimestamp() : firstFailure;
                var left = retryFor - Stopwatch.GetElapsedTime(firstFailure);
                if (left <= TimeSpan.Zero)
                {
                    throw new ClusterLostException($"article {request.Id} could not be scored by the cluster in {retryFor.TotalSeconds:0} s of attempts ({attempt}): {CliApp.OneLine(ex.Message)}", ex);
                }

                var delay = TimeSpan.FromSeconds(Math.Min(1 << Math.Min(attempt - 1, 4), 15));
                await Task.Delay(delay < left ? delay : left).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes an article's record, or reports why it has none (returns 1 then, else 0), in input order.</summary>
    private static async Task<int> WriteAsync(Stream output, TextWriter stderr, Outcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            await stderr.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            return 1;
        }

        var bytes = Encoding.UTF8.GetBytes(outcome.Record + "\n");
        await output.WriteAsync(bytes).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        return 0;
    }

    private readonly record struct Outcome(string? Record, InputError? Problem);

    private sealed class ClusterLostException(string message, Exception inner) : Exception(message, inner);
}
