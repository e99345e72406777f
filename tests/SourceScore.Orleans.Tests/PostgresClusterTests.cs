using System.Text.Json.Nodes;
using SourceScore.Testing;

namespace SourceScore.Orleans.Tests;

/// <summary>Real processes on this machine: PostgreSQL, two silos and the tool as their client.</summary>
public sealed class PostgresClusterTests
{
    private static string[] Seeds => [.. Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").OrderBy(p => p, StringComparer.Ordinal)];

    [Fact]
    public async Task Two_silos_score_the_seeds_as_the_local_tool_does_and_share_one_ledger()
    {
        await PostgresCluster.RequireAsync();
        var init = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", PostgresCluster.ConnectionString);
        Assert.True(init.Code == 0, init.Stderr);
        var again = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", PostgresCluster.ConnectionString);
        Assert.Equal(0, again.Code);
        Assert.Contains("nothing to do", again.Stderr, StringComparison.Ordinal);

        // The seeds as one feed, each from its own source (names of this run: the ledger in PostgreSQL outlives the test).
        string run = Guid.NewGuid().ToString("N");
        string feed = Path.Combine(Path.GetTempPath(), $"sourcescore-cluster-{Guid.NewGuid():N}.jsonl");
        string ledger = Path.ChangeExtension(feed, ".db");
        var start = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
        File.WriteAllLines(feed, Seeds.Select((p, i) => new JsonObject
        {
            ["id"] = $"{run}/{i}",
            ["source"] = $"s{i}.{run}.example",
            ["published"] = start.AddHours(i).ToString("O"),
            ["text"] = File.ReadAllText(p),
        }.ToJsonString()));
        try
        {
            var local = await PostgresCluster.RunToolAsync("score", "--ledger", ledger, feed);
            Assert.True(local.Code == 0, local.Stderr);

            await using var first = await PostgresCluster.StartSiloAsync();
            await using var second = await PostgresCluster.StartSiloAsync();

            // One article in flight at a time: each compared with all before it, as the local run compares them.
            var clustered = await PostgresCluster.RunToolAsync("score", "--cluster", PostgresCluster.ConnectionString, "--window", "1", feed);
            Assert.True(clustered.Code == 0, clustered.Stderr);
            Assert.Equal(local.Stdout, clustered.Stdout);
            Assert.Contains("\"rule\":\"SS4001\"", clustered.Stdout, StringComparison.Ordinal);

            var sources = await PostgresCluster.RunToolAsync("sources", "--cluster", PostgresCluster.ConnectionString, "--format", "jsonl");
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
    public async Task A_wrong_connection_string_or_no_silo_is_one_clear_error_and_exit_code_2()
    {
        var unreachable = await PostgresCluster.RunToolAsync("cluster", "init", "--postgres", "Host=127.0.0.1;Port=1;Database=nothing;Username=nobody;Password=x;Timeout=3");
        Assert.Equal(2, unreachable.Code);
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1, database nothing", unreachable.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", unreachable.Stderr, StringComparison.OrdinalIgnoreCase);

        var silo = await PostgresCluster.RunToolAsync("silo", "--postgres", "not a connection string");
        Assert.Equal(2, silo.Code);
        Assert.Contains("not a PostgreSQL connection string", silo.Stderr, StringComparison.Ordinal);
    }
}
