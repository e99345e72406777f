using System.Text.Json.Nodes;
using SourceScore.Testing;

namespace SourceScore.Orleans.Tests;

/// <summary>Real processes on this machine: PostgreSQL, two silos and the tool as their client.</summary>
public sealed class PostgresClusterTests
{
    private static string[] Seeds => [.. Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").OrderBy(p => p, StringComparer.Ordinal)];

    /// <summary>The seeds as one feed, each from its own source, an hour apart (names of this run: the ledger in PostgreSQL outlives the test).</summary>
    private static void WriteSeedFeed(string feed, string run)
    {
        var start = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
        File.WriteAllLines(feed, Seeds.Select((p, i) => new JsonObject
        {
            ["id"] = $"{run}/{i}",
            ["source"] = $"s{i}.{run}.example",
            ["published"] = start.AddHours(i).ToString("O"),
            ["text"] = File.ReadAllText(p),
        }.ToJsonString()));
    }

    [Fact]
    public async Task Two_silos_score_the_seeds_as_the_local_tool_does_and_share_one_ledger()
    {
        await using var db = await PostgresCluster.CreateDatabaseAsync();
        var init = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", db.ConnectionString);
        Assert.True(init.Code == 0, init.Stderr);
        var again = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", db.ConnectionString);
        Assert.Equal(0, again.Code);
        Assert.Contains("nothing to do", again.Stderr, StringComparison.Ordinal);

        // The seeds as one feed, each from its own source (names of this run: the ledger in PostgreSQL outlives the test).
        string run = Guid.NewGuid().ToString("N");
        string feed = Path.Combine(Path.GetTempPath(), $"sourcescore-cluster-{Guid.NewGuid():N}.jsonl");
        string ledger = Path.ChangeExtension(feed, ".db");
        WriteSeedFeed(feed, run);
        try
        {
            var local = await PostgresCluster.RunToolAsync("score", "--ledger", ledger, feed);
            Assert.True(local.Code == 0, local.Stderr);

            await using var first = await PostgresCluster.StartSiloAsync(db.ConnectionString);
            await using var second = await PostgresCluster.StartSiloAsync(db.ConnectionString);

            // One article in flight at a time: each compared with all before it, as the local run compares them.
            var clustered = await PostgresCluster.RunToolAsync("score", "--cluster", db.ConnectionString, "--window", "1", feed);
            Assert.True(clustered.Code == 0, clustered.Stderr);
            Assert.Equal(local.Stdout, clustered.Stdout);
            Assert.Contains("\"rule\":\"SS4001\"", clustered.Stdout, StringComparison.Ordinal);

            var sources = await PostgresCluster.RunToolAsync("sources", "--cluster", db.ConnectionString, "--format", "jsonl");
            Assert.True(sources.Code == 0, sources.Stderr);
            var ours = sources.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains($".{run}.example", StringComparison.Ordinal)).ToList();
            var localSources = await PostgresCluster.RunToolAsync("sources", "--ledger", ledger, "--format", "jsonl");
            Assert.Equal(5, ours.Count);
            Assert.Equal(localSources.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), ours);

            var (code, said) = await second.StopAsync();
            Assert.Equal(0, code);
            Assert.Contains("silo stopped; it left the cluster", said, StringComparison.Ordinal);
            Assert.Equal(0, (await first.StopAsync()).Code);
        }
        finally
        {
            File.Delete(feed);
            File.Delete(ledger);
        }
    }

    [Fact]
    public async Task Silos_with_the_deep_tier_score_the_seeds_as_the_local_tool_does_with_it()
    {
        await using var db = await PostgresCluster.CreateDatabaseAsync();
        var init = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", db.ConnectionString);
        Assert.True(init.Code == 0, init.Stderr);
        string run = Guid.NewGuid().ToString("N");
        string feed = Path.Combine(Path.GetTempPath(), $"sourcescore-cluster-{run}.jsonl");
        string ledger = Path.ChangeExtension(feed, ".db");
        WriteSeedFeed(feed, run);
        try
        {
            var local = await PostgresCluster.RunToolAsync("score", "--deep", "--ledger", ledger, feed);
            Assert.True(local.Code == 0, local.Stderr);
            var fast = await PostgresCluster.RunToolAsync("score", "--ledger", ledger + "-fast", feed);

            await using var first = await PostgresCluster.StartSiloAsync(db.ConnectionString, "--deep");
            await using var second = await PostgresCluster.StartSiloAsync(db.ConnectionString, "--deep");
            var clustered = await PostgresCluster.RunToolAsync("score", "--cluster", db.ConnectionString, "--window", "1", feed);
            Assert.True(clustered.Code == 0, clustered.Stderr);
            Assert.Equal(local.Stdout, clustered.Stdout);

            // The deep tier did run on the silos: its machine readings are not the fast tier's.
            Assert.NotEqual(fast.Stdout, clustered.Stdout);
        }
        finally
        {
            File.Delete(feed);
            File.Delete(ledger);
            File.Delete(ledger + "-fast");
        }
    }

    [Fact]
    public async Task A_silo_killed_mid_feed_and_restarted_loses_no_article_counts_none_twice_and_keeps_the_index()
    {
        await using var db = await PostgresCluster.CreateDatabaseAsync();
        Assert.Equal(0, (await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", db.ConnectionString)).Code);

        string run = Guid.NewGuid().ToString("N");
        var (feed, ids) = SeedFeed(run);
        try
        {
            await using var first = await PostgresCluster.StartSiloAsync(db.ConnectionString);
            var doomed = await PostgresCluster.StartSiloAsync(db.ConnectionString);
            int indexedBefore = Indexed((await PostgresCluster.RunToolAsync("cluster", "status", "--postgres", db.ConnectionString)).Stdout);

            using var client = PostgresCluster.StartTool("score", "--cluster", db.ConnectionString, "--window", "8", feed);
            var errors = client.StandardError.ReadToEndAsync();
            var written = new List<string>();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(6));
            PostgresCluster.Silo? restarted = null;
            try
            {
                while (await client.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
                {
                    written.Add(line);
                    if (written.Count == 60)
                    {
                        // A machine lost mid-feed, and another silo started in its place.
                        await doomed.KillAsync();
                        restarted = await PostgresCluster.StartSiloAsync(db.ConnectionString);
                    }
                }

                await client.WaitForExitAsync(deadline.Token);
                Assert.True(client.ExitCode == 0, await errors);

                // Every article exactly once, in input order, and scored (no record of a cluster failure).
                Assert.Equal(ids, written.Select(l => (string)JsonNode.Parse(l)!["id"]!));
                Assert.All(written, l => Assert.Null(JsonNode.Parse(l)!["error"]));

                // The ledger counted each article once, retries included.
                var sources = await PostgresCluster.RunToolAsync("sources", "--cluster", db.ConnectionString, "--format", "jsonl");
                var ours = sources.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).Where(r => ((string)r["source"]!).EndsWith($".{run}.example", StringComparison.Ordinal)).ToList();
                Assert.Equal(6, ours.Count);
                Assert.All(ours, r => Assert.Equal(40, (int)r["articles"]!));

                // The index still holds every article, those of the partitions the lost silo held included (reloaded from PostgreSQL).
                int indexedAfter = Indexed((await PostgresCluster.RunToolAsync("cluster", "status", "--postgres", db.ConnectionString)).Stdout);
                Assert.Equal(indexedBefore + ids.Count, indexedAfter);
            }
            finally
            {
                if (!client.HasExited)
                {
                    client.Kill(entireProcessTree: true);
                }

                await doomed.DisposeAsync();
                if (restarted is not null)
                {
                    await restarted.StopAsync();
                    await restarted.DisposeAsync();
                }

                await first.StopAsync();
            }
        }
        finally
        {
            File.Delete(feed);
        }
    }

    private static int Indexed(string statusLine) => (int)JsonNode.Parse(statusLine)!["indexed"]!;

    /// <summary>240 articles: the five seeds again and again, from six sources of this run, each with its own id; the feed's path and the ids in order.</summary>
    private static (string Feed, List<string> Ids) SeedFeed(string run)
    {
        var start = new DateTimeOffset(2026, 11, 3, 6, 0, 0, TimeSpan.Zero);
        var ids = new List<string>();
        var lines = new List<string>();
        for (int k = 0; k < 48; k++)
        {
            for (int i = 0; i < Seeds.Length; i++)
            {
                string id = $"{run}/{k}/{i}";
                ids.Add(id);
                lines.Add(new JsonObject
                {
                    ["id"] = id,
                    ["source"] = $"s{k % 6}.{run}.example",
                    ["published"] = start.AddMinutes((k * 5) + i).ToString("O"),
                    ["text"] = File.ReadAllText(Seeds[i]),
                }.ToJsonString());
            }
        }

        string feed = Path.Combine(Path.GetTempPath(), $"sourcescore-cluster-{run}.jsonl");
        File.WriteAllLines(feed, lines);
        return (feed, ids);
    }

    [Fact]
    public async Task PostgreSQL_lost_mid_feed_stops_the_run_with_one_clear_error_exit_code_2_and_whole_records()
    {
        await using var db = await PostgresCluster.CreateDatabaseAsync();
        Assert.Equal(0, (await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", db.ConnectionString)).Code);
        var (feed, ids) = SeedFeed(Guid.NewGuid().ToString("N"));
        try
        {
            await using var first = await PostgresCluster.StartSiloAsync(db.ConnectionString);
            await using var second = await PostgresCluster.StartSiloAsync(db.ConnectionString);
            using var client = PostgresCluster.StartTool("score", "--cluster", db.ConnectionString, "--window", "8", "--retry-for", "15", feed);
            var errors = client.StandardError.ReadToEndAsync();
            var written = new List<string>();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            try
            {
                while (await client.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
                {
                    written.Add(line);
                    if (written.Count == 40)
                    {
                        // The cluster's database goes away as a stopped server does for it: new connections refused,
                        // open ones cut (the other tests' databases on the same server are left alone).
                        await db.MakeUnreachableAsync();
                    }
                }

                await client.WaitForExitAsync(deadline.Token);
                string stderr = await errors;
                Assert.Equal(2, client.ExitCode);
                var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                var stop = Assert.Single(lines, l => l.StartsWith("sourcescore: ", StringComparison.Ordinal));
                Assert.Contains("could not be scored by the cluster in 15 s", stop, StringComparison.Ordinal);
                Assert.Contains("could not be reached", stop, StringComparison.Ordinal);
                Assert.Contains("the records written are whole", stop, StringComparison.Ordinal);

                // Every record written is whole, in input order, and none is an error record.
                Assert.InRange(written.Count, 40, ids.Count - 1);
                Assert.Equal(ids.Take(written.Count), written.Select(l => (string)JsonNode.Parse(l)!["id"]!));
                Assert.All(written, l => Assert.Null(JsonNode.Parse(l)!["error"]));
            }
            finally
            {
                if (!client.HasExited)
                {
                    client.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            File.Delete(feed);
        }
    }

    [Fact]
    public async Task No_silo_answering_is_one_clear_error_and_exit_code_2()
    {
        await using var db = await PostgresCluster.CreateDatabaseAsync();
        Assert.Equal(0, (await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", db.ConnectionString)).Code);
        string feed = Path.Combine(Path.GetTempPath(), $"sourcescore-cluster-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(feed, new JsonObject { ["id"] = "a", ["text"] = File.ReadAllText(Seeds[0]) }.ToJsonString() + "\n");
        try
        {
            // A cluster no silo ever joined (the Orleans client alone would wait for a gateway without end).
            var run = await PostgresCluster.RunToolAsync("score", "--cluster", db.ConnectionString, feed);
            Assert.Equal(2, run.Code);
            Assert.Equal("", run.Stdout);
            string line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("sourcescore: no SourceScore silo answers in the cluster kept at 127.0.0.1:", line, StringComparison.Ordinal);
            Assert.Contains($"database {db.Name}", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(feed);
        }
    }

    [Fact]
    public async Task A_wrong_connection_string_or_no_silo_is_one_clear_error_and_exit_code_2()
    {
        var unreachable = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", "Host=127.0.0.1;Port=1;Database=nothing;Username=nobody;Password=x;Timeout=3");
        Assert.Equal(2, unreachable.Code);
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1, database nothing", unreachable.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", unreachable.Stderr, StringComparison.OrdinalIgnoreCase);

        var empty = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", " ");
        Assert.Equal(2, empty.Code);
        Assert.Contains("no PostgreSQL connection string given", empty.Stderr, StringComparison.Ordinal);

        var silo = await PostgresCluster.RunToolAsync("silo", "--postgres", "not a connection string");
        Assert.Equal(2, silo.Code);
        Assert.Contains("not a PostgreSQL connection string", silo.Stderr, StringComparison.Ordinal);
    }
}
