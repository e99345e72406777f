using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;

namespace SourceScore.Orleans;

/// <summary>
/// A SourceScore cluster kept in PostgreSQL: Orleans' ADO.NET membership (which silos are alive) and grain storage
/// (the source ledger) over Npgsql, and the story index's articles (so a partition survives its silo), in the database
/// <see cref="ClusterDatabase.InitializeAsync"/> prepared.
/// </summary>
public static class PostgresClusterExtensions
{
    /// <summary>The Orleans cluster and service id of every SourceScore cluster.</summary>
    public const string ClusterId = "sourcescore";

    private const string Invariant = "Npgsql";

    /// <summary>On a silo: membership and the ledger's storage in PostgreSQL, and the SourceScore grains.</summary>
    /// <param name="silo">The silo.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">Changes the SourceScore settings (the partition count must be the workers').</param>
    /// <returns>The silo.</returns>
    public static ISiloBuilder UseSourceScorePostgres(this ISiloBuilder silo, string connectionString, Action<SourceScoreClusterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        connectionString = Tuned(connectionString);
        RegisterProvider();
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (Invariant, connectionString));
        silo.AddAdoNetGrainStorage(SourceScoreClusterOptions.StorageName, o => (o.Invariant, o.ConnectionString) = (Invariant, connectionString));
        silo.Services.AddSingleton<IIndexStore>(provider =>
        {
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SourceScoreClusterOptions>>().Value;
            return new PostgresIndexStore(connectionString, Math.Max(1, (options.Index ?? CorpusIndexOptions.Default).MaxArticles / options.Partitions));
        });
        silo.Services.AddSourceScoreGrains(configure);
        return silo;
    }

    /// <summary>On a worker that is not a silo: the cluster found through PostgreSQL, and the cluster-backed index and ledger.</summary>
    /// <param name="client">The Orleans client.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">Changes the SourceScore settings (the partition count must be the silos').</param>
    /// <returns>The client.</returns>
    public static IClientBuilder UseSourceScorePostgresClient(this IClientBuilder client, string connectionString, Action<SourceScoreClusterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        connectionString = Tuned(connectionString);
        RegisterProvider();
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (Invariant, connectionString));
        client.Services.AddSourceScoreCluster(configure);
        return client;
    }

    /// <summary>
    /// The connection string with the settings a cluster's few statements, repeated for every article, run best with,
    /// unless it sets them itself: statements prepared on the server after their first runs (<c>Max Auto Prepare</c>: a
    /// ledger write or an index row no longer parsed and planned each time) and no session reset when a pooled
    /// connection is returned (<c>No Reset On Close</c>: none of them changes session state). Together they take about
    /// 40 % of PostgreSQL's CPU time per article (measured with <c>cluster-load</c>; docs/cluster.md).
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 32;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static void RegisterProvider() => DbProviderFactories.RegisterFactory(Invariant, NpgsqlFactory.Instance);
}
