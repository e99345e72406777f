using BenchmarkDotNet.Attributes;

namespace SourceScore.Benchmarks;

/// <summary>
/// What the claims signal costs per article (about 6 KB news pages; their text extracted once in setup; one
/// operation is one article). Each operation builds the article from its text again, so the sentence
/// splitting and line index the signal needs are in the figure, not cached from the run before.
/// </summary>
[MemoryDiagnoser]
public class ClaimsBenchmarks
{
    private const int Pages = 200;
    private string[] _texts = [];
    private Scorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = NewsPages.Build(Pages).Select(p => Article.FromHtml(p).Text).ToArray();
        _scorer = new ScorerBuilder().UseClaimsChecks().Build();
        foreach (var text in _texts.Take(4))
        {
            _scorer.Score(Article.FromText(text));
        }
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public double ClaimsSignal()
    {
        double total = 0;
        foreach (var text in _texts)
        {
            total += _scorer.Score(Article.FromText(text)).Signals[0].Risk ?? 0;
        }

        return total;
    }
}
