using BenchmarkDotNet.Attributes;

namespace SourceScore.Benchmarks;

/// <summary>
/// The cross-source step against a full story index: 100,000 articles of the <see cref="NewsFeed"/> indexed in
/// setup (every story told by many sources, so each lookup finds related coverage and runs the stance model on
/// it), then the next 200 articles of the feed looked up one at a time. One operation is one article on one
/// core: building the article's story profile, the index lookup, the comparison of its claims with the related
/// openings (stance model and direction rule), and its addition to the index (which then evicts the oldest, so
/// the index stays at 100,000).
/// </summary>
[MemoryDiagnoser]
public class AgreementBenchmarks
{
    internal const int Queries = 200;
    private const int IndexSize = 100_000;

    private (string Text, string Id, string Source, DateTimeOffset? Published)[] _queries = [];
    private CorpusIndex _index = null!;
    private Scorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var feed = NewsFeed.Load();
        _index = new CorpusIndex(new CorpusIndexOptions { MaxArticles = IndexSize });
        for (int i = 0; i < IndexSize; i++)
        {
            _index.Add(feed.Get(i));
        }

        _queries = Enumerable.Range(IndexSize, Queries)
            .Select(i => feed.Get(i))
            .Select(a => (a.Text, a.Id, a.Source, a.Published))
            .ToArray();
        _scorer = new ScorerBuilder().UseAgreementChecks(_index)
            .WithOptions(new ScorerOptions { MaxDegreeOfParallelism = 1 }).Build();
        var related = _queries.Select(q => _scorer.Score(Query(q)).GetSignal(Signal.Agreement)).ToList();
        Console.WriteLine($"// index {_index.Count} articles; queries with related coverage {related.Count(s => s?.Risk is not null)} of {Queries}");
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(OperationsPerInvoke = Queries, Description = "Lookup only (profile + FindRelated, 5 best)")]
    public int Lookup()
    {
        int total = 0;
        foreach (var q in _queries)
        {
            total += _index.FindRelated(Query(q), 5).Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Queries, Description = "Lookup + stance + add (agreement signal)")]
    public double LookupAndStance()
    {
        double total = 0;
        foreach (var q in _queries)
        {
            total += _scorer.Score(Query(q)).Overall ?? 0;
        }

        return total;
    }

    private static Article Query((string Text, string Id, string Source, DateTimeOffset? Published) q) =>
        Article.FromText(q.Text, q.Id, q.Source, published: q.Published);
}
