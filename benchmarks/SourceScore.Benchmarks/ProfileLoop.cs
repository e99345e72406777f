using System.Diagnostics;

namespace SourceScore.Benchmarks;

/// <summary>
/// Scores the benchmark pages in a loop for a set time, for a sampling profiler to watch (BenchmarkDotNet's
/// runs are too short and too many processes for that). Prints articles per second at the end.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(ReadOnlySpan<string> args)
    {
        string what = args.Length > 0 ? args[0] : "whole";
        double seconds = args.Length > 1 && double.TryParse(args[1], out var s) ? s : 20;
        if (what == "agreement")
        {
            return Agreement(seconds);
        }

        if (what.StartsWith("pipeline.", StringComparison.Ordinal))
        {
            return Pipeline(what["pipeline.".Length..], seconds);
        }

        var pages = NewsPages.Build(200);
        var builder = new ScorerBuilder();
        builder = what switch
        {
            "machine" => builder.UseMachineChecks(),
            "markup" => builder.UseMarkupChecks(),
            "claims" => builder.UseClaimsChecks(),
            "whole" => builder.UseMarkupChecks().UseMachineChecks().UseClaimsChecks(),
            _ => throw new ArgumentException($"Unknown profile target '{what}' (machine, markup, claims, whole or agreement)."),
        };

        var scorer = builder.Build();
        var articles = pages.Select(p => Article.FromHtml(p)).ToArray();
        long done = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var page in pages)
            {
                var article = what switch
                {
                    "whole" => Article.FromHtml(page),
                    "claims" => Article.FromText(articles[done % articles.Length].Text),
                    _ => articles[done % articles.Length],
                };
                scorer.Score(article);
                done++;
            }
        }

        Console.WriteLine($"{what}: {done} articles in {clock.Elapsed.TotalSeconds:F1} s, {done / clock.Elapsed.TotalSeconds:F0} articles/s, {clock.Elapsed.TotalMicroseconds / done:F1} µs each");
        return 0;
    }

    /// <summary>
    /// Runs one <see cref="PipelineBenchmarks"/> method (Whole, Agreement, Facts, Claims, Machine, Markup, Extract) in
    /// a loop, on the same pages and full story index as the BenchmarkDotNet run.
    /// </summary>
    private static int Pipeline(string method, double seconds)
    {
        var benchmark = new PipelineBenchmarks();
        var run = typeof(PipelineBenchmarks).GetMethod(method) ?? throw new ArgumentException($"PipelineBenchmarks has no method '{method}'.");
        benchmark.Setup();
        long done = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            run.Invoke(benchmark, null);
            done += PipelineBenchmarks.Pages;
        }

        Console.WriteLine($"pipeline.{method}: {done} articles in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalMicroseconds / done:F1} µs each");
        benchmark.Cleanup();
        return 0;
    }

    /// <summary>Looks up feed articles against a 100,000-article index (as <see cref="AgreementBenchmarks"/> does).</summary>
    private static int Agreement(double seconds)
    {
        var benchmark = new AgreementBenchmarks();
        benchmark.Setup();
        foreach (var (name, run) in new (string, Action)[] { ("lookup", () => benchmark.Lookup()), ("agreement", () => benchmark.LookupAndStance()) })
        {
            long done = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds / 2)
            {
                run();
                done += AgreementBenchmarks.Queries;
            }

            Console.WriteLine($"{name}: {done} articles in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalMicroseconds / done:F1} µs each");
        }

        benchmark.Cleanup();
        return 0;
    }
}
