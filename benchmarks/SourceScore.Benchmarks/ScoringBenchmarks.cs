using BenchmarkDotNet.Attributes;
using HtmlAgilityPack;

namespace SourceScore.Benchmarks;

/// <summary>
/// Per-article cost on about 6 KB news pages, side by side with HtmlAgilityPack loading the page and
/// taking its text (the baseline every ratio refers to). One operation is one article.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Pages = 200;

    private string[] _pages = [];
    private Article[] _articles = [];
    private Scorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = NewsPages.Build(Pages);
        _scorer = new ScorerBuilder().UseMarkupChecks().WithOptions(new ScorerOptions { MaxDegreeOfParallelism = 1 }).Build();
        _articles = _pages.Select(p => Article.FromHtml(p)).ToArray();
        _scorer.Score(_articles[0]);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages, Description = "HtmlAgilityPack load + InnerText")]
    public int HtmlAgilityPackLoadAndExtract()
    {
        int total = 0;
        foreach (var page in _pages)
        {
            var document = new HtmlDocument();
            document.LoadHtml(page);
            total += document.DocumentNode.InnerText.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "Article.FromHtml (extract main text)")]
    public int ExtractArticle()
    {
        int total = 0;
        foreach (var page in _pages)
        {
            total += Article.FromHtml(page).Text.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "Markup signal on extracted text")]
    public double MarkupSignal()
    {
        double total = 0;
        foreach (var article in _articles)
        {
            total += _scorer.Score(article).Overall;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "Whole scorer from HTML (extract + all signals built)")]
    public double ScoreFromHtml()
    {
        double total = 0;
        foreach (var page in _pages)
        {
            total += _scorer.Score(Article.FromHtml(page)).Overall;
        }

        return total;
    }
}
