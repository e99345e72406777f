using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.TestingHost;
using SourceScore.Orleans;

namespace SourceScore.Benchmarks;

/// <summary>
/// The cost of the cluster hop (issue 28): the same story-index operations and the same whole article in one process
/// and through an Orleans cluster of <see cref="Silos"/> silos in this process (Orleans' test host: silos talk over
/// loopback TCP, so with two silos about half of the partition calls are remote), memory grain storage (PostgreSQL's
/// share is measured by <c>cluster-load</c>). 5,000 feed articles are indexed in setup; each operation is one of the
/// next 200. The bytes each message carries (Orleans' serializer) are printed in setup.
/// </summary>
[MemoryDiagnoser]
public class ClusterHopBenchmarks
{
    private const int IndexSize = 5_000;
    private const int Queries = 200;

    private TestCluster _cluster = null!;
    private ClusterCorpusIndex _clusterIndex = null!;
    private CorpusIndex _local = null!;
    private Scorer _localScorer = null!;
    private Article[] _queries = [];
    private ScoreRequest[] _requests = [];

    /// <summary>Gets or sets the number of silos.</summary>
    [Params(1, 2)]
    public int Silos { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new TestClusterBuilder((short)Silos);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        _cluster = builder.Build();
        _cluster.Deploy();
        var options = Options.Create(new SourceScoreClusterOptions());
        _clusterIndex = new ClusterCorpusIndex(_cluster.Client, options);
        _local = new CorpusIndex();
        var feed = NewsFeed.Load();
        for (int i = 0; i < IndexSize; i++)
        {
            var article = feed.Get(i);
            _local.Add(article);
            _clusterIndex.AddAsync(article).GetAwaiter().GetResult();
        }

        _queries = [.. Enumerable.Range(IndexSize, Queries).Select(i => feed.Get(i))];
        foreach (var q in _queries)
        {
            _ = q.Views.Profile; // analysed once, as the scorer does before its lookup
            _ = q.Views.CopyPrint;
        }

        _requests = [.. _queries.Select(q => new ScoreRequest(q.Id, q.Source, null, null, q.Published, null, q.Text, null, null, Detail: false, IncludeText: false, Record: true))];
        _localScorer = Scorer.CreateDefault(_local);

        var serializer = _cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        var sample = _queries[0];
        var ranked = _local.FindRelated(sample.Views.Profile, sample.Id, sample.Published, 5, withOpenings: false).Select(RelatedHit.Of).ToArray();
        var opened = _local.FindRelated(sample, 5).Select(RelatedHit.Of).ToArray();
        string record = _cluster.Client.GetGrain<IScoringGrain>(0).Score(_requests[0]).GetAwaiter().GetResult();
        Console.WriteLine($"// bytes per message (Orleans serializer, article {sample.Id}, {sample.Text.Length} characters): " +
            $"lookup query {serializer.SerializeToArray(StoryQuery.Of(sample)).Length}, a partition's ranked answer ({ranked.Length} hits) {serializer.SerializeToArray(ranked).Length}, " +
            $"openings of {opened.Length} winners {serializer.SerializeToArray(opened).Length}, addition {serializer.SerializeToArray(IndexedArticle.Of(sample)).Length}, " +
            $"score request {serializer.SerializeToArray(_requests[0]).Length}, record {serializer.SerializeToArray(record).Length}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cluster.StopAllSilos();
        _cluster.Dispose();
        _local.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries, Description = "Lookup, one process (5 best)")]
    public int LocalLookup()
    {
        int total = 0;
        foreach (var q in _queries)
        {
            total += _local.FindRelated(q, 5).Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Queries, Description = "Lookup, cluster (8 partitions, then the winners' openings)")]
    public int ClusterLookup()
    {
        int total = 0;
        foreach (var q in _queries)
        {
            total += _clusterIndex.FindRelatedAsync(q, 5).GetAwaiter().GetResult().Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Queries, Description = "Addition, cluster (replaces itself)")]
    public void ClusterAdd()
    {
        foreach (var q in _queries)
        {
            _clusterIndex.AddAsync(q).GetAwaiter().GetResult();
        }
    }

    [Benchmark(OperationsPerInvoke = Queries, Description = "Whole article, one process (text in, record out)")]
    public int LocalArticle()
    {
        int total = 0;
        foreach (var r in _requests)
        {
            var article = Article.FromText(r.Text!, r.Id, r.Source, published: r.Published);
            total += _localScorer.Score(article).Findings.Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Queries, Description = "Whole article, cluster (client -> scoring grain -> index, ledger)")]
    public int ClusterArticle()
    {
        int total = 0;
        for (int i = 0; i < _requests.Length; i++)
        {
            total += _cluster.Client.GetGrain<IScoringGrain>(i % 64).Score(_requests[i]).GetAwaiter().GetResult().Length;
        }

        return total;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(SourceScoreClusterOptions.StorageName);
            siloBuilder.Services.AddSourceScoreGrains();
        }
    }
}
