using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests;

/// <summary>
/// Same input, same output: a feed of real pages and retold stories scored by the tool on an idle machine and
/// again while every core is kept busy gives byte-identical records. Nothing in scoring may read a clock.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task A_feed_scores_byte_identical_idle_and_with_every_core_busy()
    {
        using var files = new TempFiles();
        string feed = files.Write("feed.jsonl", Feed());

        var idle = await CliRunner.RunAsync("score", feed, "--detail");
        Assert.Equal(0, idle.ExitCode);
        Assert.True(idle.StdoutLines.Length >= 150, $"only {idle.StdoutLines.Length} records");
        Assert.Contains("\"rule\":\"SS4", idle.Stdout, StringComparison.Ordinal);

        for (int round = 0; round < 3; round++)
        {
            using var busy = new BusyCores();
            var loaded = await CliRunner.RunAsync("score", feed, "--detail");
            Assert.True(busy.Turns > 0, "the busy threads never ran");
            Assert.Equal(0, loaded.ExitCode);
            Assert.Equal(idle.Stdout, loaded.Stdout);
        }
    }

    // The article_extraction dev pages (real pages of many outlets) with their addresses, then the seeds retold by
    // several sources, so that the story index, the stance comparisons and the agreement findings take part.
    private static string Feed()
    {
        var lines = new StringBuilder();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(TestPaths.DataRoot, "article_extraction", "dev.jsonl.gz")), CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line)
            {
                using var page = JsonDocument.Parse(line);
                var root = page.RootElement;
                string url = root.GetProperty("url").GetString()!;
                lines.AppendLine(JsonSerializer.Serialize(new { id = root.GetProperty("id").GetString()![..12], url, source = new Uri(url).Host, html = root.GetProperty("html").GetString() }));
            }
        }

        var seeds = Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (int i = 0; i < 30; i++)
        {
            var paragraphs = seeds[i % seeds.Length].Split("\n\n");
            var kept = paragraphs.Where((_, p) => paragraphs.Length < 4 || p % 4 != i % 4);
            lines.AppendLine(JsonSerializer.Serialize(new { id = $"retold-{i}", source = $"source{i % 7}", text = string.Join("\n\n", kept) }));
        }

        return lines.ToString();
    }
}
