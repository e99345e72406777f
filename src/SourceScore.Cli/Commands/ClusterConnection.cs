using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SourceScore.Orleans;

namespace SourceScore.Cli.Commands;

/// <summary>The tool as a client of a SourceScore cluster found through PostgreSQL (<c>--cluster CONN</c>).</summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects, or throws <see cref="InvalidOperationException"/> saying what could not be reached.</summary>
    public static async Task<ClusterConnection> ConnectAsync(string connectionString, CancellationToken token)
    {
        // PostgreSQL first: its error is clearer than the Orleans client's retries.
        await ClusterDatabase.EnsureReachableAsync(connectionString, token).ConfigureAwait(false);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ToStandardError(LogLevel.Error);
        builder.UseOrleansClient(client => client.UseSourceScorePostgresClient(connectionString));
        var host = builder.Build();
        try
        {
            await host.StartAsync(token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host.Dispose();
            throw new InvalidOperationException($"no SourceScore silo answers in the cluster kept {ClusterDatabase.Describe(connectionString)} (start one with 'sourcescore silo --postgres ...'): {CliApp.OneLine(ex.Message)}", ex);
        }

        return new ClusterConnection(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
