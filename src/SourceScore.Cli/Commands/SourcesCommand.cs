using System.CommandLine;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Commands;

/// <summary><c>sourcescore sources</c>: the sources in the ledger, most credible first.</summary>
internal static class SourcesCommand
{
    public static Command Create(CommandContext io)
    {
        var sourcesLedger = new Option<string?>("--ledger") { Description = $"The ledger to list (default: $SOURCESCORE_LEDGER, else {DefaultLedger} in the current directory)." };
        var sourcesFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        sourcesFormat.AcceptOnlyFromAmong("text", "jsonl");
        var cluster = new Option<string?>("--cluster") { Description = "List the shared ledger of a SourceScore cluster instead (the PostgreSQL connection string its silos use)." };
        var sources = new Command("sources", "List the sources in the ledger, most credible first, with their article count, credibility, signal averages and first and last dates.") { sourcesLedger, sourcesFormat, cluster };
        sources.SetAction((result, token) => result.GetValue(cluster) is { } connection
            ? ListClusterAsync(connection, result.GetValue(sourcesFormat)!, io, token)
            : RunAsync(result.GetValue(sourcesLedger), result.GetValue(sourcesFormat)!, io, token));
        return sources;
    }

    /// <summary>The ledger file used when none is named: $SOURCESCORE_LEDGER, else this file in the current directory.</summary>
    internal const string DefaultLedger = "sourcescore-ledger.db";

    private static async Task<int> ListClusterAsync(string connection, string format, CommandContext io, CancellationToken token)
    {
        IReadOnlyList<SourceRecord> records;
        try
        {
            await using var cluster = await ClusterConnection.ConnectAsync(connection, token).ConfigureAwait(false);
            records = new SourceScore.Orleans.ClusterSourceLedger(cluster.Client).List();
        }
        catch (InvalidOperationException ex)
        {
            await io.Stderr.WriteLineAsync($"sourcescore: {CliApp.OneLine(ex.Message)}").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        await SourcesWriter.WriteAsync(records, format, io.Stdout(), token).ConfigureAwait(false);
        return CliApp.Ok;
    }

    private static async Task<int> RunAsync(string? ledgerPath, string format, CommandContext io, CancellationToken token)
    {
        string path = ledgerPath ?? (Environment.GetEnvironmentVariable("SOURCESCORE_LEDGER") is { Length: > 0 } named ? named : DefaultLedger);

        if (!File.Exists(path))
        {
            await io.Stderr.WriteLineAsync($"sourcescore: {path}: no ledger there (make one with 'sourcescore score --ledger {path} ...')").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        IReadOnlyList<SourceRecord> records;
        using (var ledger = new SqliteSourceLedger(path))
        {
            records = ledger.List();
        }

        await SourcesWriter.WriteAsync(records, format, io.Stdout(), token).ConfigureAwait(false);
        return CliApp.Ok;
    }
}
