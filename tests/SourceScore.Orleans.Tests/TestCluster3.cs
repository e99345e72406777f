using Microsoft.Extensions.Options;
using Orleans.TestingHost;

namespace SourceScore.Orleans.Tests;

/// <summary>Three silos in process (Orleans' test host) with the SourceScore grains and memory grain storage, shared by a test class.</summary>
public sealed class TestCluster3 : IAsyncLifetime
{
    public const int Partitions = 8;

    public TestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public static IOptions<SourceScoreClusterOptions> Options => Microsoft.Extensions.Options.Options.Create(new SourceScoreClusterOptions { Partitions = Partitions });

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(SourceScoreClusterOptions.StorageName);
            siloBuilder.Services.AddSourceScoreGrains(o => o.Partitions = Partitions);
        }
    }
}
