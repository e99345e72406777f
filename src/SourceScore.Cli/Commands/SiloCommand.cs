using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SourceScore.Orleans;

namespace SourceScore.Cli.Commands;

/// <summary>
/// <c>sourcescore silo --postgres CONN</c>: one silo of a SourceScore cluster, until Ctrl-C or SIGTERM; then it leaves
/// the cluster cleanly (its grains are deactivated, its membership row marked dead) and the tool exits with 0.
/// </summary>
internal static class SiloCommand
{
    public const string Name = "silo";

    public static Command Create(CommandContext io)
    {
        var postgres = new Option<string>("--postgres") { Description = "The cluster's PostgreSQL database (an Npgsql connection string; prepare it with 'sourcescore cluster init').", Required = true };
        var port = new Option<int>("--port") { Description = "The port silos talk to each other on.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "The port clients (score --cluster) connect to.", DefaultValueFactory = _ => 30000 };
        var advertise = new Option<string>("--advertise") { Description = "The address this silo listens on and other silos and clients reach it at (default: this machine only).", DefaultValueFactory = _ => "127.0.0.1" };
        var deep = new Option<bool>("--deep") { Description = ScoringRun.DeepDescription + " Every silo of a cluster should agree." };
        var silo = new Command(Name, "Run a silo of a SourceScore cluster: it scores articles and holds part of the shared story index; the ledger is kept in PostgreSQL.") { postgres, port, gatewayPort, advertise, deep };
        silo.SetAction((result, token) => RunAsync(result.GetValue(postgres)!, result.GetValue(port), result.GetValue(gatewayPort), result.GetValue(advertise)!, result.GetValue(deep), io, token));
        return silo;
    }

    private static async Task<int> RunAsync(string connection, int port, int gatewayPort, string advertise, bool deep, CommandContext io, CancellationToken token)
    {
        if (!IPAddress.TryParse(advertise, out var address))
        {
            await io.Stderr.WriteLineAsync($"sourcescore: --advertise {advertise}: not an IP address").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        try
        {
            await ClusterDatabase.EnsureReachableAsync(connection, token).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            await io.Stderr.WriteLineAsync($"sourcescore: {CliApp.OneLine(ex.Message)}").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ToStandardError(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseSourceScorePostgres(connection, o => o.CreateScorer = deep ? ScoringRun.CreateDeepScorer : null).ConfigureEndpoints(address, port, gatewayPort, listenOnAnyHostAddress: false));
        using var host = builder.Build();
        try
        {
            await host.StartAsync(token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await io.Stderr.WriteLineAsync($"sourcescore: the silo could not start: {CliApp.OneLine(ex.Message)}").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        await io.Stderr.WriteLineAsync($"sourcescore: silo up at {address}:{port}, gateway {gatewayPort}, cluster kept {ClusterDatabase.Describe(connection)}{(deep ? ", deep tier" : "")}; Ctrl-C or SIGTERM stops it").ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped by a signal: leave the cluster cleanly.
        }

        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await io.Stderr.WriteLineAsync("sourcescore: silo stopped; it left the cluster").ConfigureAwait(false);
        return CliApp.Ok;
    }
}
