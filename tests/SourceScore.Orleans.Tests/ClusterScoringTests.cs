using System.Text;
using System.Text.Json;
using SourceScore.Cli;
using SourceScore.Cli.Output;
using SourceScore.Testing;

namespace SourceScore.Orleans.Tests;

/// <summary>Scoring through a three-silo cluster gives what one process gives: the same records, the same ledger.</summary>
public sealed class ClusterScoringTests(TestCluster3 cluster) : IClassFixture<TestCluster3>
{
    private static string[] Seeds => [.. Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").OrderBy(p => p, StringComparer.Ordinal)];

    [Fact]
    public async Task The_seeds_through_the_cluster_give_the_records_of_the_local_tool_agreement_included()
    {
        // The tool, in one process: each seed compared with those before it.
        var output = new MemoryStream();
        int code = await CliApp.RunAsync(["score", .. Seeds], () => Stream.Null, () => output, TextWriter.Null);
        Assert.Equal(0, code);
        string[] expected = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // The same seeds, in the same order, through a scorer whose story index is the cluster's.
        var index = new ClusterCorpusIndex(cluster.Client, TestCluster3.Options);
        var scorer = Scorer.CreateDefault(index);
        var articles = Seeds.Select(p => Article.FromText(File.ReadAllText(p), p)).ToList();
        var actual = new List<string>();
        await foreach (var score in scorer.ScoreAsync(articles.ToAsyncEnumerable()))
        {
            actual.Add(Record(articles[actual.Count], score));
        }

        Assert.Equal(expected, actual);
        Assert.Equal(5, index.Count);

        // Agreement went through the cluster: 003 contradicts what 001 says.
        var contradicted = JsonDocument.Parse(expected[3]).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "SS4001").ToList();
        Assert.NotEmpty(contradicted);
        Assert.Contains(contradicted, f => f.GetProperty("message").GetString()!.Contains("001_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_prepared_article_is_scored_without_a_blocking_call_and_gives_the_same_record()
    {
        // What a silo's scoring worker does: look the article up first, then score; the scorer's lookup is answered
        // from the prepared result and its addition is handed back to be awaited, not waited for on the thread.
        var index = new ClusterCorpusIndex(cluster.Client, TestCluster3.Options);
        var scorer = Scorer.CreateDefault(index);
        var first = Article.FromText(File.ReadAllText(Seeds[1]), "prepared-001", "spin.example");
        await index.AddAsync(first);
        var article = Article.FromText(File.ReadAllText(Seeds[3]), "prepared-003", "agency.example");
        var expected = scorer.Score(Article.FromText(article.Text, "prepared-003", "agency.example"));

        using var prepared = await index.PrepareAsync(article, 5);
        Assert.NotEmpty(prepared.Related);
        var score = scorer.Score(article);
        Assert.NotNull(prepared.Addition);
        await prepared.Addition!;
        Assert.Equal(Record(Article.FromText(article.Text, "prepared-003", "agency.example"), expected), Record(article, score));
    }

    [Fact]
    public async Task An_article_the_silo_cannot_make_fails_as_unreadable_not_as_a_cluster_failure()
    {
        // Not a fault of the cluster: the caller reports it and goes on instead of sending it again for minutes.
        var request = new ScoreRequest(null!, "x.example", null, null, null, null, "Some text.", null, null, Detail: false, IncludeText: false, Record: false);
        var ex = await Assert.ThrowsAsync<ArticleUnreadableException>(() => cluster.Client.GetGrain<IScoringGrain>(0).Score(request));
        Assert.StartsWith("could not be read (ArgumentNullException", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cluster_ledger_keeps_what_a_local_ledger_keeps_and_counts_a_retried_article_once()
    {
        var ledger = new ClusterSourceLedger(cluster.Client);
        var local = new InMemorySourceLedger();
        var scorer = Scorer.CreateDefault();
        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < Seeds.Length; i++)
        {
            var article = Article.FromText(File.ReadAllText(Seeds[i]), "ledger-" + i, i % 2 == 0 ? "wire.example" : "www.Spin.example", published: start.AddHours(i));
            var score = scorer.Score(article);
            Assert.Equal(local.Record(article, score), ledger.Record(article, score), SourceRecordComparer.Instance);
            if (i == 2)
            {
                // A retry after a lost silo sends the same article again: it is counted once.
                ledger.Record(article, score);
            }
        }

        Assert.Equal(local.List(), ledger.List(), SourceRecordComparer.Instance);
        Assert.Equal(3, ledger.Find("WIRE.example")!.Articles);
        Assert.Null(ledger.Find("nobody.example"));
    }

    [Fact]
    public void An_article_sent_again_replaces_itself_in_the_cluster_index()
    {
        var index = new ClusterCorpusIndex(cluster.Client, TestCluster3.Options);
        int before = index.Count;
        var article = Article.FromText(File.ReadAllText(Seeds[0]), "replace-me", "wire.example");
        index.Add(article);
        index.Add(article);
        Assert.Equal(before + 1, index.Count);
        Assert.DoesNotContain(index.FindRelated(article, 10), r => r.Id == "replace-me");
        Assert.Contains(index.FindRelated(Article.FromText(File.ReadAllText(Seeds[0]), "other", "other.example"), 10), r => r.Id == "replace-me");
    }

    private static string Record(Article article, ArticleScore score)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonlScoreWriter.WriterOptions))
        {
            JsonlScoreWriter.WriteRecord(writer, article, score, includeText: false);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Records compared field by field (the signals' dictionary by content).</summary>
    private sealed class SourceRecordComparer : IEqualityComparer<SourceRecord?>
    {
        public static readonly SourceRecordComparer Instance = new();

        public bool Equals(SourceRecord? x, SourceRecord? y) =>
            (x is null && y is null) || (x is not null && y is not null && x.Source == y.Source && x.Articles == y.Articles && x.Credibility == y.Credibility
            && x.FirstSeen == y.FirstSeen && x.LastSeen == y.LastSeen
            && x.Signals.Count == y.Signals.Count && x.Signals.All(p => y.Signals.TryGetValue(p.Key, out var v) && v == p.Value));

        public int GetHashCode(SourceRecord? obj) => obj?.Source.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
