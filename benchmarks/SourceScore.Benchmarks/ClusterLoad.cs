using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace SourceScore.Benchmarks;

/// <summary>
/// Throughput of a SourceScore cluster of real processes on this machine (issue 28): PostgreSQL, 1 or 2 silos of the
/// built tool, each pinned to a core of its own (<c>taskset</c>), and the tool as client (<c>score --cluster</c>,
/// unpinned, on the same cores: the client is included). For each silo count, in a fresh database: the first
/// <c>warm</c> articles of the benchmark feed (6 KB pages) are scored untimed (the silos compile their hot paths and
/// the index fills), then the next <c>articles</c> are timed. With several rounds the silo counts take turns, so that
/// the machine's drift between minutes does not become the ratio. Needs <c>SOURCESCORE_POSTGRES</c>: a role that may
/// create databases (<c>.ci/run</c> makes one).
/// </summary>
internal static class ClusterLoad
{
    /// <summary><c>cluster-load [articles] [warm] [silos,...] [rounds] [window] [--deep]</c>; <c>--deep</c> runs the silos with the deep tier.</summary>
    public static int Run(ReadOnlySpan<string> arguments)
    {
        bool deep = arguments.Contains("--deep");
        string[] args = [.. arguments.ToArray().Where(a => a != "--deep")];
        int articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3_000;
        int warm = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
        int[] siloCounts = args.Length > 2 ? [.. args[2].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [1, 2];
        int rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        string window = args.Length > 4 ? args[4] : "32";
        string admin = Environment.GetEnvironmentVariable("SOURCESCORE_POSTGRES") is { Length: > 0 } given ? given
            : throw new InvalidOperationException("SOURCESCORE_POSTGRES is not set: a connection string of a role that may create databases (see .ci/run)");
        string cli = BuiltTool.Path();

        string dir = Directory.CreateTempSubdirectory("sourcescore-cluster-load-").FullName;
        string warmFeed = Path.Combine(dir, "warm.jsonl"), timedFeed = Path.Combine(dir, "timed.jsonl");
        string all = Path.Combine(dir, "all.jsonl");
        FeedFile.Run([(warm + articles).ToString(CultureInfo.InvariantCulture), all]);
        var lines = File.ReadAllLines(all);
        File.WriteAllLines(warmFeed, lines.Take(warm));
        File.WriteAllLines(timedFeed, lines.Skip(warm));
        Console.WriteLine($"// {warm:N0} articles untimed, then {articles:N0} timed; window {window}; {(deep ? "deep tier" : "fast tier")}; {Environment.ProcessorCount} cores; silos pinned one core each, client unpinned");
        Console.WriteLine("| round | silos | articles/s | seconds | records |");
        Console.WriteLine("|---|---|---|---|---|");
        var results = siloCounts.ToDictionary(s => s, _ => new List<double>());
        try
        {
            for (int round = 1; round <= rounds; round++)
            {
                foreach (int silos in siloCounts)
                {
                    var (perSecond, seconds, records) = Measure(cli, admin, silos, warmFeed, timedFeed, window, deep);
                    results[silos].Add(perSecond);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {silos} | {perSecond:#,0.#} | {seconds:0.0} | {records:N0} |"));
                }
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Console.WriteLine();
        foreach (var (silos, list) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{silos} silo(s): median {Median(list):#,0.#} articles/s ({string.Join(", ", list.Select(v => v.ToString("#,0.#", CultureInfo.InvariantCulture)))})"));
        }

        if (results.Count >= 2)
        {
            int one = siloCounts.Min(), most = siloCounts.Max();
            var ratios = results[one].Zip(results[most], (a, b) => b / a).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{most} silos / {one}: {string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}; median {Median(ratios):0.00}"));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static (double PerSecond, double Seconds, int Records) Measure(string cli, string admin, int silos, string warmFeed, string timedFeed, string window, bool deep)
    {
        string name = "sourcescore_load_" + Guid.NewGuid().ToString("N");
        Execute(admin, $"CREATE DATABASE {name}");
        string connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        var started = new List<Process>();
        try
        {
            Tool(cli, ["cluster", "init", "--postgres", connection]);
            for (int s = 0; s < silos; s++)
            {
                started.Add(StartSilo(cli, connection, s, deep));
            }

            Tool(cli, ["score", "--cluster", connection, "--window", window, warmFeed]);
            var watch = Stopwatch.StartNew();
            int records = Tool(cli, ["score", "--cluster", connection, "--window", window, timedFeed]);
            double seconds = watch.Elapsed.TotalSeconds;
            return (records / seconds, seconds, records);
        }
        finally
        {
            foreach (var silo in started)
            {
                Process.Start("kill", ["-TERM", silo.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            }

            foreach (var silo in started)
            {
                silo.WaitForExit(60_000);
                silo.Dispose();
            }

            NpgsqlConnection.ClearAllPools();
            Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    /// <summary>Silo <paramref name="index"/> on ports of its own, pinned to core <paramref name="index"/>; returns once it says it is up.</summary>
    private static Process StartSilo(string cli, string connection, int index, bool deep)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-c", (index % Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture), "dotnet", cli, "silo", "--postgres", connection,
            "--port", (21111 + index).ToString(CultureInfo.InvariantCulture), "--gateway-port", (31000 + index).ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        if (deep)
        {
            start.ArgumentList.Add("--deep");
        }

        var process = Process.Start(start)!;
        while (process.StandardError.ReadLine() is { } line)
        {
            if (line.Contains("silo up", StringComparison.Ordinal))
            {
                _ = process.StandardError.ReadToEndAsync();
                return process;
            }
        }

        throw new InvalidOperationException($"silo {index} did not start");
    }

    /// <summary>Runs the tool to its end and returns the lines it wrote; a non-zero exit is an error.</summary>
    private static int Tool(string cli, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        int lines = 0;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines += line.Length > 0 ? 1 : 0;
        }

        process.WaitForExit();
        return process.ExitCode == 0 ? lines : throw new InvalidOperationException($"sourcescore {args[0]} exited with {process.ExitCode}: {errors.Result}");
    }

    private static void Execute(string connection, string sql)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }
}
