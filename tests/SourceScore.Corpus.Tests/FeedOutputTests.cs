using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SourceScore.Cli;
using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// The tool's whole output on a 3,000-article feed built from <c>../shared/data</c> (BBC and machine-written news,
/// FNC-1 bodies from forty sources, so that the story index links them, and the 144 real article pages as HTML), held
/// byte for byte: its SHA-256, and per rule how many findings and per kind of text the mean overall score, so that a
/// change shows where it moved. A refactoring must leave it as it is; a change to scoring updates the snapshot
/// (Snapshots/feed-3000.verified.txt) on purpose.
/// </summary>
public sealed class FeedOutputTests
{
    private const int FeedSize = 3000;

    [Fact]
    public async Task The_output_on_a_3000_article_feed_is_unchanged()
    {
        var feed = new StringBuilder();
        var kinds = new List<string>();
        foreach (var (kind, line) in Lines().Take(FeedSize))
        {
            feed.Append(line).Append('\n');
            kinds.Add(kind);
        }

        Assert.Equal(FeedSize, kinds.Count);
        var output = new MemoryStream();
        var error = new StringWriter();
        var input = new MemoryStream(Encoding.UTF8.GetBytes(feed.ToString()));
        int code = await CliApp.RunAsync(["score", "-"], () => input, () => new NonClosingStream(output), error);
        Assert.True(code == 0, error.ToString());

        byte[] bytes = output.ToArray();
        var records = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(FeedSize, records.Count);
        var summary = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        summary.Append(c, $"records {records.Count}, output SHA-256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}\n");
        foreach (var group in records.Select((r, i) => (Kind: kinds[i], Overall: r.GetProperty("overall").GetDouble())).GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            summary.Append(c, $"{group.Key}: {group.Count()} articles, mean overall {group.Average(r => r.Overall):0.00}\n");
        }

        foreach (var rule in records.SelectMany(r => r.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)).GroupBy(r => r).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            summary.Append(c, $"{rule.Key} {rule.Count()}\n");
        }

        Snapshot.Verify("feed-3000", summary.ToString());
    }

    /// <summary>The feed's lines, each with the kind of text it carries, in a fixed order.</summary>
    private static IEnumerable<(string Kind, string Line)> Lines()
    {
        string root = TestPaths.DataRoot;
        int n = 0;
        foreach (var row in DataSets.ReadJsonl(Path.Combine(root, "article_extraction", "dev.jsonl.gz")))
        {
            string url = row.GetProperty("url").GetString()!;
            yield return ("page", JsonSerializer.Serialize(new { id = "page-" + n++, source = new Uri(url).Host, url, html = row.GetProperty("html").GetString() }));
        }

        n = 0;
        foreach (var row in DataSets.ReadJsonl(Path.Combine(root, "machine_news", "dev.jsonl")).Take(1800))
        {
            string generator = row.GetProperty("label").GetString() == "machine" ? row.GetProperty("generator").GetString()! : "human";
            yield return (generator == "human" ? "bbc" : "machine", JsonSerializer.Serialize(new { id = "mn-" + n++, source = generator == "human" ? "bbc.co.uk" : generator.ToLowerInvariant() + ".example", text = row.GetProperty("text").GetString() }));
        }

        foreach (var row in DataSets.ReadJsonl(Path.Combine(root, "fnc1", "train_bodies.jsonl")))
        {
            int id = row.GetProperty("body_id").GetInt32();
            yield return ("fnc1", JsonSerializer.Serialize(new { id = "fnc-" + id, source = $"outlet{id % 40}.example", text = row.GetProperty("body").GetString() }));
        }
    }
}
