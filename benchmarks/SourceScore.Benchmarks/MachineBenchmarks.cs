using BenchmarkDotNet.Attributes;

namespace SourceScore.Benchmarks;

/// <summary>What the machine-prose signal adds per article (about 6 KB news pages, extracted once in setup; one operation is one article).</summary>
[MemoryDiagnoser]
public class MachineBenchmarks
{
    private const int Pages = 200;
    private Article[] _articles = [];
    private Scorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsPages.Build(Pages).Select(p => Article.FromHtml(p)).ToArray();
        _scorer = new ScorerBuilder().UseMachineChecks().Build();
        foreach (var article in _articles.Take(4))
        {
            _scorer.Score(article);
        }
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public double MachineSignal()
    {
        double total = 0;
        foreach (var article in _articles)
        {
            total += _scorer.Score(article).Signals[0].Risk ?? 0;
        }

        return total;
    }
}
