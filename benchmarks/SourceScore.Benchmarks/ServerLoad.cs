using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SourceScore.Benchmarks;

/// <summary>
/// A bounded load test of <c>sourcescore serve</c> on 127.0.0.1 (issue 29): the built tool runs as its own process and
/// a fixed number of <c>POST /v1/score</c> requests, each one ~6 KB feed page as JSON, is sent by 1, 8 and 64
/// concurrent clients, each run after a warm-up; then it stops. Two workloads: <c>feed</c> (the default), 200 distinct
/// pages in turn over a story index that already holds 20,000 earlier feed articles, as a pipeline's server holds
/// recent coverage; <c>same</c>, one page again and again over an empty index, the cheapest article there is, where
/// HTTP's own cost weighs most. Reported: requests a second, p50/p99/max latency, errors, and the server's resident
/// memory (<c>/proc/PID/status</c> VmRSS) every 10,000 requests of the longest run. The baseline is the in-process
/// scorer on the same articles and index, one loop per core. Client and server share the machine's cores.
/// </summary>
internal static partial class ServerLoad
{
    private const int Pages = 200;
    private const int IndexSize = 20_000;

    /// <summary>
    /// <c>server-load [requests] [clients,...] [feed|same] [rounds]</c>; with rounds above 1, the in-process scorer and the
    /// server (at the largest client count) are measured in turn, block after block, so that the machine's drift between
    /// two long runs does not become the ratio: each round's ratio, and their median, are printed.
    /// </summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        int requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        int[] clientCounts = args.Length > 1 ? [.. args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [1, 8, 64];
        bool same = args.Length > 2 && args[2] == "same";
        int rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        string cli = BuiltTool.Path();

        var feed = NewsFeed.Load();
        var headlines = FeedFile.Headlines(feed);
        int indexSize = same ? 0 : IndexSize;
        var articles = Enumerable.Range(IndexSize, same ? 1 : Pages).Select(i => (Article: feed.Get(i), Index: (long)i)).ToArray();
        var pages = articles.Select(a => (a.Article.Id, a.Article.Source, Html: FeedFile.Html(a.Article, a.Index, headlines))).ToArray();
        var bodies = pages.Select(p => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = p.Id, source = p.Source, html = p.Html }))).ToArray();
        Console.WriteLine($"// workload {(same ? "same" : "feed")}: {pages.Length} page(s), {pages.Average(p => p.Html.Length) / 1024.0:0.0} KB of HTML on average, request body {bodies.Average(b => b.Length) / 1024.0:0.0} KB; index {indexSize:N0} articles; {Environment.ProcessorCount} cores");

        string? corpus = null;
        if (indexSize > 0)
        {
            corpus = Path.Combine(Path.GetTempPath(), $"sourcescore-load-corpus-{Environment.ProcessId}.jsonl");
            File.WriteAllLines(corpus, Enumerable.Range(0, indexSize).Select(i => feed.Get(i)).Select(a => JsonSerializer.Serialize(new { id = a.Id, source = a.Source, published = a.Published, text = a.Text })));
        }

        var local = new InProcessScorer(feed, indexSize, pages);
        if (rounds > 1)
        {
            using (local)
            {
                return Interleaved(cli, corpus, local, bodies, requests, clientCounts.Max(), rounds);
            }
        }

        // The in-process scorer at its best: one loop per core, or two (as many as the server scores at once).
        double perCore = local.Measure(Math.Min(requests, 20_000), Environment.ProcessorCount);
        double twoPerCore = local.Measure(Math.Min(requests, 20_000), 2 * Environment.ProcessorCount);
        double inProcess = Math.Max(perCore, twoPerCore);
        local.Dispose();
        Console.WriteLine($"in-process scorer: {perCore:N0} articles/s with {Environment.ProcessorCount} loops, {twoPerCore:N0} with {2 * Environment.ProcessorCount}");

        using var server = StartServer(cli, corpus, out string origin, out int pid);
        try
        {
            Console.WriteLine("| clients | requests | requests/s | vs in-process | p50 ms | p99 ms | max ms | errors |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            var rss = new List<(int Done, long Kib)>();

            // The server compiles its hot paths while it serves: 10,000 requests first, so that each run measures it warm.
            RunClients(origin, bodies, 8, 10_000, pid, null).GetAwaiter().GetResult();
            foreach (int clients in clientCounts)
            {
                int count = clients == clientCounts.Max() ? requests : Math.Min(requests, 20_000);
                RunClients(origin, bodies, clients, 1_000, pid, null).GetAwaiter().GetResult();
                var result = RunClients(origin, bodies, clients, count, pid, clients == clientCounts.Max() ? rss : null).GetAwaiter().GetResult();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {clients} | {count:N0} | {result.PerSecond:N0} | {result.PerSecond / inProcess:P0} | {result.P50:0.00} | {result.P99:0.00} | {result.Max:0.0} | {result.Errors} |"));
            }

            Console.WriteLine();
            Console.WriteLine("server resident memory (VmRSS) during the longest run:");
            foreach (var (done, kib) in rss)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  after {done,7:N0} requests: {kib / 1024.0,7:N1} MiB"));
            }

            if (rss.Count >= 2 && rss.FirstOrDefault(r => r.Done >= 10_000) is { Kib: > 0 } at10k)
            {
                var last = rss[^1];
                double change = 100.0 * (last.Kib - at10k.Kib) / at10k.Kib;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  from request {at10k.Done:N0} to {last.Done:N0}: {(change < 0 ? "-" : "+")}{Math.Abs(change):0.0} %; peak {rss.Where(r => r.Done >= 10_000).Max(r => r.Kib) / 1024.0:N1} MiB"));
            }
        }
        finally
        {
            Stop(server, pid, corpus);
        }

        return 0;
    }

    private sealed record Result(double PerSecond, double P50, double P99, double Max, int Errors);

    private static int Interleaved(string cli, string? corpus, InProcessScorer local, byte[][] bodies, int requests, int clients, int rounds)
    {
        using var server = StartServer(cli, corpus, out string origin, out int pid);
        try
        {
            RunClients(origin, bodies, clients, 10_000, pid, null).GetAwaiter().GetResult();
            Console.WriteLine($"| round | in-process articles/s ({Environment.ProcessorCount} loops) | server requests/s ({clients} clients) | ratio | p99 ms | errors |");
            Console.WriteLine("|---|---|---|---|---|---|");
            var ratios = new List<double>();
            for (int r = 1; r <= rounds; r++)
            {
                double inProcess = local.Measure(requests, Environment.ProcessorCount);
                var result = RunClients(origin, bodies, clients, requests, pid, null).GetAwaiter().GetResult();
                ratios.Add(result.PerSecond / inProcess);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r} | {inProcess:N0} | {result.PerSecond:N0} | {result.PerSecond / inProcess:P0} | {result.P99:0.0} | {result.Errors} |"));
            }

            ratios.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median ratio {ratios[ratios.Count / 2]:P0}; lowest {ratios[0]:P0}, highest {ratios[^1]:P0}"));
        }
        finally
        {
            Stop(server, pid, corpus);
        }

        return 0;
    }

    /// <summary>Sends SIGTERM to the server, waits for it, and deletes the corpus file it was started with.</summary>
    private static void Stop(Process server, int pid, string? corpus)
    {
        Process.Start("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        server.WaitForExit(60_000);
        if (corpus is not null)
        {
            File.Delete(corpus);
        }
    }

    /// <summary>
    /// The baseline: the scorer in this process, over an index holding what the server's holds, on the same pages.
    /// Warmed as the server is (10,000 articles) before any measurement: tiered compilation settles in both.
    /// </summary>
    private sealed class InProcessScorer : IDisposable
    {
        private readonly CorpusIndex _index = new();
        private readonly Scorer _scorer;
        private readonly (string Id, string Source, string Html)[] _pages;

        public InProcessScorer(NewsFeed feed, int indexSize, (string Id, string Source, string Html)[] pages)
        {
            for (int i = 0; i < indexSize; i++)
            {
                _index.Add(feed.Get(i));
            }

            _scorer = Scorer.CreateDefault(_index);
            _pages = pages;
            Score(10_000, Environment.ProcessorCount);
        }

        /// <summary>Articles a second over <paramref name="count"/> articles scored by <paramref name="loops"/> loops.</summary>
        public double Measure(int count, int loops)
        {
            var watch = Stopwatch.StartNew();
            Score(count, loops);
            return count / watch.Elapsed.TotalSeconds;
        }

        public void Dispose() => _index.Dispose();

        private void Score(int count, int loops) =>
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = loops }, i =>
            {
                var (id, source, html) = _pages[i % _pages.Length];
                _scorer.Score(Article.FromHtml(html, id, source));
            });
    }

    private static async Task<Result> RunClients(string origin, byte[][] bodies, int clients, int count, int pid, List<(int Done, long Kib)>? rss)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(origin), Timeout = TimeSpan.FromMinutes(2) };
        var latencies = new double[count];
        int next = -1, done = 0, errors = 0;
        var watch = Stopwatch.StartNew();
        var monitor = rss is null ? Task.CompletedTask : Task.Run(async () =>
        {
            int mark = 0;
            while (Volatile.Read(ref done) < count)
            {
                int d = Volatile.Read(ref done);
                if (d >= mark)
                {
                    rss.Add((d, ResidentKib(pid)));
                    mark = (d / 10_000 + 1) * 10_000;
                }

                await Task.Delay(20).ConfigureAwait(false);
            }

            rss.Add((count, ResidentKib(pid)));
        });

        async Task Client()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(bodies[i % bodies.Length]);
                    content.Headers.ContentType = new("application/json");
                    using var response = await http.PostAsync("/v1/score", content).ConfigureAwait(false);
                    await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                Interlocked.Increment(ref done);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Client))).ConfigureAwait(false);
        double seconds = watch.Elapsed.TotalSeconds;
        await monitor.ConfigureAwait(false);
        Array.Sort(latencies);
        return new Result(count / seconds, latencies[count / 2], latencies[Math.Min(count - 1, (int)(count * 0.99))], latencies[^1], errors);
    }

    private static long ResidentKib(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static Process StartServer(string cli, string? corpus, out string origin, out int pid)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, UseShellExecute = false };
        if (Environment.GetEnvironmentVariable("SERVER_LOAD_SERVER_ENV") is { Length: > 0 } extra)
        {
            // NAME=VALUE[;NAME=VALUE]: settings for the server process alone (DOTNET_gcServer=1), to compare.
            foreach (var pair in extra.Split(';'))
            {
                int eq = pair.IndexOf('=', StringComparison.Ordinal);
                start.Environment[pair[..eq]] = pair[(eq + 1)..];
            }
        }

        foreach (var arg in corpus is null ? new[] { cli, "serve", "--urls", "http://127.0.0.1:0" } : [cli, "serve", "--urls", "http://127.0.0.1:0", "--corpus", corpus])
        {
            start.ArgumentList.Add(arg);
        }

        if (Environment.GetEnvironmentVariable("SERVER_LOAD_SERVER_ARGS") is { Length: > 0 } more)
        {
            // Options of the server to compare (--max-concurrent 2).
            foreach (var arg in more.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                start.ArgumentList.Add(arg);
            }
        }

        var process = Process.Start(start)!;
        while (process.StandardError.ReadLine() is { } line)
        {
            if (Serving().Match(line) is { Success: true } match)
            {
                origin = match.Groups[1].Value;
                pid = process.Id;
                _ = process.StandardError.ReadToEndAsync();
                return process;
            }
        }

        throw new InvalidOperationException("the server did not start");
    }

    [GeneratedRegex(@"serving on (http://\S+?)[;,]")]
    private static partial Regex Serving();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
