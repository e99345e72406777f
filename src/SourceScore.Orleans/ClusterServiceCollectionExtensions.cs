using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SourceScore.Orleans;

/// <summary>Registers SourceScore's cluster parts: the grains' settings on a silo, and the cluster-backed index and ledger on a worker.</summary>
public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// On a silo: the settings the SourceScore grains read. The silo must also have a grain storage named
    /// <see cref="SourceScoreClusterOptions.StorageName"/> (ADO.NET with PostgreSQL in production, memory in tests).
    /// </summary>
    /// <param name="services">The silo's services.</param>
    /// <param name="configure">Changes the settings; the partition count must be the workers'.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSourceScoreGrains(this IServiceCollection services, Action<SourceScoreClusterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SourceScoreClusterOptions>().Configure(o => configure?.Invoke(o));
        services.TryAddSingleton<ClusterScoring>();
        services.TryAddSingleton<IIndexStore, NoIndexStore>();
        return services;
    }

    /// <summary>
    /// On a worker that is a cluster client (or a silo): an <see cref="ICorpusIndex"/> and an <see cref="ISourceLedger"/>
    /// backed by the cluster (<see cref="ClusterCorpusIndex"/>, <see cref="ClusterSourceLedger"/>), so that
    /// <c>AddSourceScore</c>'s scorer reads and fills the cluster's index and ledger with no change to the code that scores.
    /// The Orleans client itself is the application's (<c>UseOrleansClient</c>).
    /// </summary>
    /// <param name="services">The worker's services.</param>
    /// <param name="configure">Changes the settings; the partition count must be the silos'.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSourceScoreCluster(this IServiceCollection services, Action<SourceScoreClusterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SourceScoreClusterOptions>().Configure(o => configure?.Invoke(o));
        services.TryAddSingleton<ICorpusIndex>(provider => new ClusterCorpusIndex(provider.GetRequiredService<IGrainFactory>(), provider.GetRequiredService<IOptions<SourceScoreClusterOptions>>()));
        services.TryAddSingleton<ISourceLedger>(provider => new ClusterSourceLedger(provider.GetRequiredService<IGrainFactory>(), provider.GetService<TimeProvider>()));
        return services;
    }
}
