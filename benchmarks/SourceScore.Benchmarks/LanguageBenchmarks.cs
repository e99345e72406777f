using BenchmarkDotNet.Attributes;
using SourceScore.Languages;
using SourceScore.Training;

namespace SourceScore.Benchmarks;

/// <summary>
/// What telling an article's language costs (one operation is one article): English news pages (the fast path: one pass
/// over the opening) and the non-English real pages of <c>article_extraction</c> (Lingua, models loaded in setup).
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private const int Pages = 200;
    private string[] _english = [];
    private string[] _other = [];

    [GlobalSetup]
    public void Setup()
    {
        _english = [.. NewsPages.Build(Pages).Select(p => Article.FromHtml(p).Text)];
        var bodies = DataSets.ReadJsonl(Path.Combine(NewsFeed.DataDirectory(), "article_extraction", "dev.jsonl.gz")).Select(row => row.GetProperty("article_body").GetString()!);
        var other = bodies.Where(b => !LanguageDetector.Shared.Detect(b, null).IsJudgedAsEnglish).ToArray();
        _other = [.. Enumerable.Range(0, Pages).Select(i => other[i % other.Length])];
        Console.WriteLine($"// English pages {_english.Length}, {_english.Average(t => t.Length) / 1024:0.0} K characters on average; non-English pages {other.Length}, repeated to {Pages}");
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "English news page (fast path)")]
    public int English()
    {
        int n = 0;
        foreach (string text in _english)
        {
            n += LanguageDetector.Shared.Detect(text, null).Code.Length;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "Non-English real page (Lingua)")]
    public int Other()
    {
        int n = 0;
        foreach (string text in _other)
        {
            n += LanguageDetector.Shared.Detect(text, null).Code.Length;
        }

        return n;
    }
}
