using BenchmarkDotNet.Attributes;
using HtmlAgilityPack;

namespace SourceScore.Benchmarks;

/// <summary>
/// Issue 7's side-by-side run: the feed's 6.5 KB HTML pages (<see cref="FeedFile"/>), with HtmlAgilityPack's own load
/// and text as the baseline every ratio refers to; the extraction; each signal alone on the extracted article; and
/// the whole scorer from HTML with all five signals, its story index holding the 20,000 feed articles before these
/// (full: each scored article is added and the oldest evicted, as in a feed). One operation is one article on one
/// core.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    internal const int Pages = 200;
    private const int IndexSize = 20_000;

    private string[] _pages = [];
    private (string Id, string Source)[] _meta = [];
    private Article[] _articles = [];
    private CorpusIndex _index = null!;
    private Scorer _whole = null!;
    private Scorer _markup = null!;
    private Scorer _machine = null!;
    private Scorer _claims = null!;
    private Scorer _facts = null!;
    private Scorer _agreement = null!;

    [GlobalSetup]
    public void Setup()
    {
        var feed = NewsFeed.Load();
        var headlines = FeedFile.Headlines(feed);
        _index = new CorpusIndex(new CorpusIndexOptions { MaxArticles = IndexSize });
        for (int i = 0; i < IndexSize; i++)
        {
            _index.Add(feed.Get(i));
        }

        var items = Enumerable.Range(IndexSize, Pages).Select(i => feed.Get(i)).ToArray();
        _pages = [.. items.Select((a, k) => FeedFile.Html(a, IndexSize + k, headlines))];
        _meta = [.. items.Select(a => (a.Id, a.Source))];
        _articles = [.. _pages.Select((p, k) => Page(k))];
        var one = new ScorerOptions { MaxDegreeOfParallelism = 1 };
        _whole = new ScorerBuilder().UseDefaultChecks().UseAgreementChecks(_index).WithOptions(one).Build();
        _markup = new ScorerBuilder().UseMarkupChecks().WithOptions(one).Build();
        _machine = new ScorerBuilder().UseMachineChecks().WithOptions(one).Build();
        _claims = new ScorerBuilder().UseClaimsChecks().WithOptions(one).Build();
        _facts = new ScorerBuilder().UseSourceChecks().WithOptions(one).Build();
        _agreement = new ScorerBuilder().UseAgreementChecks(_index).WithOptions(one).Build();
        foreach (var scorer in new[] { _markup, _machine, _claims, _facts })
        {
            scorer.Score(_articles[0]);
        }

        var related = _articles.Count(a => _index.FindRelated(a, 5).Count > 0);
        Console.WriteLine($"// pages {Pages}, {_pages.Average(p => p.Length) / 1024:0.0} KB on average; index {_index.Count} articles; pages with related coverage {related}");
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

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

    /// <summary>The parser alone, without the text: the floor of any scoring of these pages that parses them with HtmlAgilityPack.</summary>
    [Benchmark(OperationsPerInvoke = Pages, Description = "HtmlAgilityPack load alone")]
    public int HtmlAgilityPackLoad()
    {
        int total = 0;
        foreach (var page in _pages)
        {
            var document = new HtmlDocument();
            document.LoadHtml(page);
            total += document.DocumentNode.ChildNodes.Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "Article.FromHtml (extract main text)")]
    public int Extract()
    {
        int total = 0;
        foreach (var page in _pages)
        {
            total += Article.FromHtml(page).Text.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "Markup signal alone")]
    public double Markup() => Run(_markup);

    [Benchmark(OperationsPerInvoke = Pages, Description = "Machine signal alone")]
    public double Machine() => Run(_machine);

    [Benchmark(OperationsPerInvoke = Pages, Description = "Claims signal alone")]
    public double Claims() => Run(_claims);

    [Benchmark(OperationsPerInvoke = Pages, Description = "Article facts (source signal) alone")]
    public double Facts() => Run(_facts);

    [Benchmark(OperationsPerInvoke = Pages, Description = "Agreement signal alone (20,000-article index)")]
    public double Agreement() => Run(_agreement);

    [Benchmark(OperationsPerInvoke = Pages, Description = "Whole scorer from HTML, all five signals")]
    public double Whole()
    {
        double total = 0;
        for (int k = 0; k < _pages.Length; k++)
        {
            total += _whole.Score(Page(k)).Overall ?? 0;
        }

        return total;
    }

    /// <summary>Page <paramref name="k"/> as a feed line gives it: the HTML with its id and source (its date is in the page).</summary>
    private Article Page(int k) => Article.FromHtml(_pages[k], _meta[k].Id, _meta[k].Source);

    private double Run(Scorer scorer)
    {
        double total = 0;
        foreach (var article in _articles)
        {
            total += scorer.Score(article).Overall ?? 0;
        }

        return total;
    }
}
