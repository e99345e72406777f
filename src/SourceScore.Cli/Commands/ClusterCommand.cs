using System.CommandLine;
using SourceScore.Orleans;

namespace SourceScore.Cli.Commands;

/// <summary><c>sourcescore cluster init --postgres CONN</c>: prepares the PostgreSQL database a cluster keeps its membership and ledger in.</summary>
internal static class ClusterCommand
{
    public static Command Create(CommandContext io)
    {
        var postgres = new Option<string>("--postgres") { Description = "The PostgreSQL database (an Npgsql connection string: Host=...;Database=...;Username=...;Password=...).", Required = true };
        var init = new Command("init", "Create the cluster's tables in PostgreSQL (Orleans' membership and storage scripts); running it again does nothing.") { postgres };
        init.SetAction(async (result, token) =>
        {
            string connection = result.GetValue(postgres)!;
            try
            {
                var run = await ClusterDatabase.InitializeAsync(connection, token).ConfigureAwait(false);
                await io.Stderr.WriteLineAsync(run.Count == 0
                    ? $"sourcescore: the database {ClusterDatabase.Describe(connection)} is ready (nothing to do)"
                    : $"sourcescore: ran {string.Join(", ", run)} in the database {ClusterDatabase.Describe(connection)}").ConfigureAwait(false);
                return CliApp.Ok;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                await io.Stderr.WriteLineAsync($"sourcescore: {CliApp.OneLine(ex.Message)}").ConfigureAwait(false);
                return CliApp.UsageOrInputError;
            }
        });
        var statusPostgres = new Option<string>("--postgres") { Description = "The cluster's PostgreSQL database (an Npgsql connection string).", Required = true };
        var status = new Command("status", "Show how many articles the cluster's story index holds and how many sources its ledger has (one JSON line).") { statusPostgres };
        status.SetAction(async (result, token) =>
        {
            try
            {
                await using var cluster = await ClusterConnection.ConnectAsync(result.GetValue(statusPostgres)!, token).ConfigureAwait(false);
                int indexed = new ClusterCorpusIndex(cluster.Client, Microsoft.Extensions.Options.Options.Create(new SourceScoreClusterOptions())).Count;
                int sources = new ClusterSourceLedger(cluster.Client).List().Count;
                var line = System.Text.Encoding.UTF8.GetBytes($"{{\"indexed\":{indexed},\"sources\":{sources}}}\n");
                await io.Stdout().WriteAsync(line, token).ConfigureAwait(false);
                return CliApp.Ok;
            }
            catch (InvalidOperationException ex)
            {
                await io.Stderr.WriteLineAsync($"sourcescore: {CliApp.OneLine(ex.Message)}").ConfigureAwait(false);
                return CliApp.UsageOrInputError;
            }
        });
        return new Command("cluster", "Set up a SourceScore cluster (Orleans silos sharing one story index and one source ledger in PostgreSQL).") { init, status };
    }
}
