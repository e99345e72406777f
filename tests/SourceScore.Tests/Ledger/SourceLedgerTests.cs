using Microsoft.Data.Sqlite;
using SourceScore.Testing;

namespace SourceScore.Tests.Ledger;

public sealed class SourceLedgerTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Three_bad_articles_move_a_new_source_more_than_an_old_one_but_less_than_their_own_score()
    {
        var ledger = new InMemorySourceLedger();
        for (int i = 0; i < 300; i++)
        {
            ledger.Record(Article("old.example", i, Start.AddHours(i)), Score(85));
        }

        for (int i = 0; i < 3; i++)
        {
            ledger.Record(Article("old.example", 300 + i, Start.AddHours(300 + i)), Score(10));
            ledger.Record(Article("new.example", i, Start.AddHours(300 + i)), Score(10));
        }

        var old = ledger.Find("old.example")!;
        var fresh = ledger.Find("NEW.example")!;
        Assert.Equal(303, old.Articles);
        Assert.InRange(old.Credibility, 83, 85);
        Assert.Equal(30, fresh.Credibility); // (3 × 50 + 3 × 10) / 6: the prior still weighs
        Assert.Equal(["old.example", "new.example"], ledger.List().Select(r => r.Source));
    }

    [Fact]
    public void A_source_recovers_as_its_old_bad_articles_fade()
    {
        var ledger = new InMemorySourceLedger();
        for (int i = 0; i < 50; i++)
        {
            ledger.Record(Article("s.example", i, Start.AddDays(i / 10.0)), Score(20));
        }

        double low = ledger.Find("s.example")!.Credibility;
        for (int i = 0; i < 50; i++)
        {
            ledger.Record(Article("s.example", 50 + i, Start.AddDays(365 + (i / 10.0))), Score(90));
        }

        var record = ledger.Find("s.example")!;
        Assert.InRange(low, 20, 25);
        // Without decay: (3 × 50 + 50 × 20 + 50 × 90) / 103 = 54.9; a year on, the bad articles count a sixteenth each.
        Assert.True(record.Credibility > 80, $"credibility {record.Credibility} after a year of good articles");
        Assert.Equal(Start, record.FirstSeen);
        Assert.Equal(100, record.Articles);
    }

    [Fact]
    public void The_order_articles_arrive_in_does_not_change_the_record()
    {
        var articles = Enumerable.Range(0, 40).Select(i => (Article("s.example", i, Start.AddDays((i * 37) % 200)), Score(10 + ((i * 53) % 90), markup: (i % 7) / 7.0))).ToList();
        var forward = new InMemorySourceLedger();
        var backward = new InMemorySourceLedger();
        articles.ForEach(a => forward.Record(a.Item1, a.Item2));
        Enumerable.Reverse(articles).ToList().ForEach(a => backward.Record(a.Item1, a.Item2));
        var f = forward.Find("s.example")!;
        var b = backward.Find("s.example")!;
        Assert.Equal(f.Credibility, b.Credibility);
        Assert.Equal(f.Signals[Signal.Markup], b.Signals[Signal.Markup], 6);
        Assert.Equal((f.FirstSeen, f.LastSeen), (b.FirstSeen, b.LastSeen));
    }

    [Fact]
    public void Returns_the_record_before_the_article_and_nothing_for_a_new_source_or_none()
    {
        var ledger = new InMemorySourceLedger();
        Assert.Null(ledger.Record(Article("a.example", 0, Start), Score(80)));
        var before = ledger.Record(Article("a.example", 1, Start.AddDays(1)), Score(20));
        Assert.Equal(1, before!.Articles);
        Assert.Equal(57.5, before.Credibility); // (3 × 50 + 80) / 4
        Assert.Null(ledger.Record(global::SourceScore.Article.FromText("text", "x"), Score(10)));
        Assert.Single(ledger.List());
    }

    [Fact]
    public void The_source_is_the_urls_host_when_the_article_names_none()
    {
        var ledger = new InMemorySourceLedger();
        ledger.Record(global::SourceScore.Article.FromText("text", "x", url: "https://www.News.Example.org/a/b"), Score(70));
        Assert.Equal("news.example.org", Assert.Single(ledger.List()).Source);
    }

    [Fact]
    public void The_file_and_memory_ledgers_keep_the_same_records_and_the_file_survives_reopening()
    {
        using var dir = new TemporaryDirectory("ledger");
        string path = Path.Combine(dir.Path, "l.db");
        var memory = new InMemorySourceLedger();
        var random = new Random(3);
        var articles = Enumerable.Range(0, 60).Select(i => (Article("s" + (i % 3) + ".example", i, Start.AddHours(random.Next(5000))), Score(random.Next(101), markup: random.NextDouble(), agreement: i % 2 == 0 ? null : random.NextDouble()))).ToList();
        using (var file = new SqliteSourceLedger(path))
        {
            foreach (var (article, score) in articles.Take(30))
            {
                Assert.Equal(memory.Record(article, score), file.Record(article, score), RecordComparer.Instance);
            }
        }

        using (var file = new SqliteSourceLedger(path))
        {
            foreach (var (article, score) in articles.Skip(30))
            {
                Assert.Equal(memory.Record(article, score), file.Record(article, score), RecordComparer.Instance);
            }

            Assert.Equal(memory.List(), file.List(), RecordComparer.Instance);
            Assert.Empty(file.Verify());
            Assert.Equal(60, file.List().Sum(r => r.Articles));
        }
    }

    [Fact]
    public void Several_writers_on_one_file_lose_nothing()
    {
        using var dir = new TemporaryDirectory("ledger");
        string path = Path.Combine(dir.Path, "l.db");
        using var first = new SqliteSourceLedger(path);
        using var second = new SqliteSourceLedger(path);
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            (i % 2 == 0 ? first : second).Record(Article("s" + (i % 5) + ".example", i, Start.AddMinutes(i)), Score(i % 100)));
        Assert.Equal(400, first.List().Sum(r => r.Articles));
        Assert.Equal(80, second.Find("s3.example")!.Articles);
        Assert.Empty(first.Verify());
    }

    [Fact]
    public void A_file_that_is_not_a_ledger_or_was_made_with_another_half_life_is_refused_clearly()
    {
        using var dir = new TemporaryDirectory("ledger");
        string junk = Path.Combine(dir.Path, "junk.db");
        File.WriteAllText(junk, "this is not a database, just text long enough to fill a page header or two");
        var error = Assert.Throws<InvalidOperationException>(() => new SqliteSourceLedger(junk));
        Assert.Contains("not a usable SourceScore ledger", error.Message, StringComparison.Ordinal);

        string path = Path.Combine(dir.Path, "l.db");
        new SqliteSourceLedger(path).Dispose();
        error = Assert.Throws<InvalidOperationException>(() => new SqliteSourceLedger(path, new SourceLedgerOptions { HalfLife = TimeSpan.FromDays(7) }));
        Assert.Contains("half-life", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemorySourceLedger(new SourceLedgerOptions { PriorWeight = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemorySourceLedger(new SourceLedgerOptions { PriorCredibility = 101 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemorySourceLedger(new SourceLedgerOptions { HalfLife = TimeSpan.Zero }));
    }

    private static Article Article(string source, int n, DateTimeOffset published) =>
        global::SourceScore.Article.FromText("Text " + n, "a" + n, source, published: published);

    private static ArticleScore Score(double overall, double markup = 0.1, double? agreement = null) =>
        new("x", "", overall, [new SignalScore(Signal.Markup, markup, []), new SignalScore(Signal.Agreement, agreement, [])], []);

    private sealed class RecordComparer : IEqualityComparer<SourceRecord?>
    {
        public static readonly RecordComparer Instance = new();

        public bool Equals(SourceRecord? x, SourceRecord? y) =>
            x is null || y is null
                ? x is null && y is null
                : x.Source == y.Source && x.Articles == y.Articles && x.Credibility == y.Credibility
                  && x.FirstSeen == y.FirstSeen && x.LastSeen == y.LastSeen
                  && x.Signals.Count == y.Signals.Count && x.Signals.All(p => y.Signals.TryGetValue(p.Key, out double v) && Math.Abs(v - p.Value) < 1e-9);

        public int GetHashCode(SourceRecord? obj) => obj?.Source.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
