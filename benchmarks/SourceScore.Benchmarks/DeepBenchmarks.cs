using BenchmarkDotNet.Attributes;

namespace SourceScore.Benchmarks;

/// <summary>
/// What the deep tier (SourceScore.Deep: sentence embeddings on ONNX Runtime, one thread a call) costs per article,
/// against the fast machine signal alone, on the same news pages as <see cref="MachineBenchmarks"/> (extracted once in
/// setup; one operation is one article). <see cref="Sentences"/> says how many sentences a page has on average, to read
/// the cost a sentence from.
/// </summary>
[MemoryDiagnoser]
public class DeepBenchmarks
{
    private const int Pages = 20;
    private Article[] _articles = [];
    private Scorer _fast = null!;
    private Scorer _deep = null!;

    /// <summary>Gets the pages' mean number of sentences the deep tier embeds.</summary>
    public static double Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsPages.Build(Pages).Select(p => Article.FromHtml(p)).ToArray();
        _fast = new ScorerBuilder().UseMachineChecks().Build();
        _deep = new ScorerBuilder().UseMachineChecks().UseDeepModels().Build();
        foreach (var article in _articles.Take(2))
        {
            _fast.Score(article);
            _deep.Score(article);
        }

        Sentences = _articles.Average(a => Deep.DeepMachineFeatures.Cut(a.Text, a.Views.Sentences).Sentences.Length);
        Console.WriteLine($"// deep tier: {Sentences:F1} sentences embedded a page on average");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages)]
    public double FastMachineSignal() => Run(_fast);

    [Benchmark(OperationsPerInvoke = Pages)]
    public double DeepMachineSignal() => Run(_deep);

    private double Run(Scorer scorer)
    {
        double total = 0;
        foreach (var article in _articles)
        {
            total += scorer.Score(article).Signals[0].Risk ?? 0;
        }

        return total;
    }
}
