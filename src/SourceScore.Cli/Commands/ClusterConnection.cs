using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SourceScore.Orleans;

namespace SourceScore.Cli.Commands;

/// <summary>The tool as a client of a SourceScore cluster found through PostgreSQL (<c>--cluster CONN</c>).</summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    /// <summary>How long the client waits for a silo to answer when it connects.</summary>
    private static readonly TimeSpan ConnectBound = TimeSpan.FromSeconds(30);

    private ClusterConnection(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects, or throws <see cref="InvalidOperationException"/> saying what could not be reached.</summary>
    public static async Task<ClusterConnection> ConnectAsync(string connectionString, CancellationToken token)
    {
        // PostgreSQL first: its error is clearer than the Orleans client's retries.
        await ClusterDatabase.EnsureReachableAsync(connectionString, token).ConfigureAwait(false);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ToStandardError(LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // a client that cannot start is reported below, in one line
        builder.UseOrleansClient(client => client.UseSourceScorePostgresClient(connectionString));
        var host = builder.Build();

        // A cluster no silo ever joined has no membership version row, and the Orleans client then waits for a gateway
        // without end: the connection is given a bound of its own.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(token);
        bound.CancelAfter(ConnectBound);
        try
        {
            await host.StartAsync(bound.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
        {
            host.Dispose();
            string why = ex is OperationCanceledException ? $"none answered in {ConnectBound.TotalSeconds:0} s" : CliApp.OneLine(ex.Message);
            throw new InvalidOperationException($"no SourceScore silo answers in the cluster kept {ClusterDatabase.Describe(connectionString)} (start one with 'sourcescore silo --postgres ...'): {why}", ex);
        }

        return new ClusterConnection(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
