// The consumer test's program: a fresh console project that uses SourceScore only through its packages.
// It scores the article named on its command line through the public API, through dependency injection (with the
// SQLite ledger of SourceScore.Sqlite) and as a stream, and prints one line of figures for each.
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SourceScore;

string text = File.ReadAllText(args[0]);
var c = CultureInfo.InvariantCulture;

// The public API: a scorer built once, one article scored.
Scorer scorer = Scorer.CreateDefault();
ArticleScore score = scorer.Score(Article.FromText(text, "draft", "example.com"));
Console.WriteLine(string.Create(c, $"api overall={score.Overall:0.0} markup={score.GetSignal(Signal.Markup)?.Risk:0.00} findings={score.Findings.Count} rules={string.Join(",", score.Findings.Select(f => f.Rule.Id).Distinct().Order())}"));

// Dependency injection, the ledger in a SQLite file.
string ledgerPath = Path.Combine(Path.GetTempPath(), $"consumer-{Environment.ProcessId}.db");
using (var provider = new ServiceCollection().AddSourceScore(o => o.Agreement = false).AddSqliteSourceLedger(ledgerPath).BuildServiceProvider())
{
    var injected = provider.GetRequiredService<Scorer>();
    var ledger = provider.GetRequiredService<ISourceLedger>();
    var article = Article.FromText(text, "draft", "example.com");
    var viaDi = injected.Score(article);
    ledger.Record(article, viaDi);
    Console.WriteLine(string.Create(c, $"di overall={viaDi.Overall:0.0} ledger={ledger.GetType().Name} articles={ledger.Find("example.com")?.Articles}"));
}

File.Delete(ledgerPath);

// A stream: order kept.
var ids = new List<string>();
await foreach (var s in scorer.ScoreAsync(Feed()))
{
    ids.Add(s.Id);
}

Console.WriteLine($"stream ids={string.Join(",", ids)}");

async IAsyncEnumerable<Article> Feed()
{
    for (int i = 1; i <= 5; i++)
    {
        await Task.Yield();
        yield return Article.FromHtml($"<html><body><article><p>Story {i}: the council approved the budget on Monday, officials said.</p></article></body></html>", $"s{i}");
    }
}
