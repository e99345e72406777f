using System.Diagnostics;
using System.Text.Json;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests;

public sealed class LedgerCommandTests
{
    [Fact]
    public async Task Two_runs_over_a_feed_add_up_exactly_and_each_record_carries_the_credibility_before_it()
    {
        using var files = new TempFiles();
        string feed = files.Write("feed.jsonl", Feed(10));
        string ledger = Path.Combine(files.Root, "ledger.db");

        var first = await CliRunner.RunAsync("score", feed, "--ledger", ledger);
        Assert.Equal(0, first.ExitCode);
        var credibility = first.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source_credibility")).ToList();
        Assert.Equal(JsonValueKind.Null, credibility[0].ValueKind); // a.example's first article
        Assert.Equal(JsonValueKind.Null, credibility[1].ValueKind); // b.example's first article
        Assert.All(credibility.Skip(2), c => Assert.InRange(c.GetDouble(), 0, 100));
        var afterOne = await Sources(ledger);

        var second = await CliRunner.RunAsync("score", feed, "--ledger", ledger);
        Assert.Equal(0, second.ExitCode);
        var afterTwo = await Sources(ledger);
        Assert.Equal(["a.example", "b.example"], afterTwo.Keys.Order(StringComparer.Ordinal));
        Assert.All(afterTwo, p => Assert.Equal(2 * afterOne[p.Key].GetProperty("articles").GetInt64(), p.Value.GetProperty("articles").GetInt64()));
        Assert.Equal(20, afterTwo.Values.Sum(r => r.GetProperty("articles").GetInt64()));
        var a = afterTwo["a.example"];
        Assert.Equal("2025-01-01T00:00:00.0000000+00:00", a.GetProperty("first_seen").GetString());
        Assert.True(a.GetProperty("signals").GetProperty("markup").GetDouble() >= 0);

        // The second run's first record of a source carries what the first run left.
        var firstOfSecond = JsonDocument.Parse(second.StdoutLines[0]).RootElement.GetProperty("source_credibility").GetDouble();
        Assert.Equal(afterOne["a.example"].GetProperty("credibility").GetDouble(), firstOfSecond);
    }

    [Fact]
    public async Task Sources_lists_the_most_credible_first_and_says_clearly_when_there_is_no_ledger()
    {
        using var files = new TempFiles();
        string ledger = Path.Combine(files.Root, "ledger.db");
        var clean = File.ReadAllText(Path.Combine(TestPaths.SeedsRoot, "000_e8fb869b46d61211.txt"));
        var garbled = File.ReadAllText(Path.Combine(TestPaths.SeedsRoot, "001_202f249d460ef992.txt"));
        string feed = files.Write("feed.jsonl", string.Join('\n',
            Enumerable.Range(0, 4).SelectMany(i => new[] { Line("g" + i, garbled, "garbled.example", i), Line("c" + i, clean, "clean.example", i) })) + "\n");
        Assert.Equal(0, (await CliRunner.RunAsync("score", feed, "--ledger", ledger)).ExitCode);

        var text = await CliRunner.RunAsync("sources", "--ledger", ledger);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("credibility", text.StdoutLines[0], StringComparison.Ordinal);
        Assert.EndsWith("clean.example", text.StdoutLines[1], StringComparison.Ordinal);
        Assert.EndsWith("garbled.example", text.StdoutLines[2], StringComparison.Ordinal);

        var rows = (await CliRunner.RunAsync("sources", "--ledger", ledger, "--format", "jsonl")).StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["clean.example", "garbled.example"], rows.Select(r => r.GetProperty("source").GetString()));
        Assert.True(rows[0].GetProperty("credibility").GetDouble() > rows[1].GetProperty("credibility").GetDouble() + 20);
        Assert.Equal(4, rows[1].GetProperty("articles").GetInt64());

        var missing = await CliRunner.RunAsync("sources", "--ledger", Path.Combine(files.Root, "none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.db: no ledger there", Assert.Single(missing.StderrLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(files.Root, "none.db")));
    }

    [Fact]
    public async Task A_run_killed_part_way_leaves_a_ledger_that_opens_checks_clean_and_holds_only_whole_articles()
    {
        using var files = new TempFiles();
        string feed = files.Write("feed.jsonl", Feed(3000));
        string ledger = Path.Combine(files.Root, "ledger.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "SourceScore.Cli.dll"), "score", feed, "--ledger", ledger })
        {
            start.ArgumentList.Add(arg);
        }

        int seen = 0;
        using (var process = Process.Start(start)!)
        {
            _ = process.StandardError.ReadToEndAsync();
            while (seen < 40 && await process.StandardOutput.ReadLineAsync() is not null)
            {
                seen++;
            }

            process.Kill(); // SIGKILL: no clean-up runs
            await process.WaitForExitAsync();
            Assert.Equal(40, seen);
        }

        using var opened = new SqliteSourceLedger(ledger);
        Assert.Empty(opened.Verify());
        long recorded = opened.List().Sum(r => r.Articles);
        Assert.InRange(recorded, seen, 2999); // every article written out was recorded; the run did not finish

        // And it goes on: the next run adds to it.
        opened.Record(Article.FromText("more", "m", "a.example"), new ArticleScore("m", "a.example", 70, [], []));
        Assert.Equal(recorded + 1, opened.List().Sum(r => r.Articles));
    }

    private static async Task<Dictionary<string, JsonElement>> Sources(string ledger)
    {
        var result = await CliRunner.RunAsync("sources", "--ledger", ledger, "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        return result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(r => r.GetProperty("source").GetString()!);
    }

    /// <summary>A feed of the seeds over and over, two sources taking turns, a day apart.</summary>
    private static string Feed(int count)
    {
        var seeds = Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        return string.Concat(Enumerable.Range(0, count).Select(i => Line("n" + i, seeds[i % seeds.Length], i % 2 == 0 ? "a.example" : "b.example", i) + "\n"));
    }

    private static string Line(string id, string text, string source, int day) =>
        JsonSerializer.Serialize(new { id, text, source, published = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day) });
}
