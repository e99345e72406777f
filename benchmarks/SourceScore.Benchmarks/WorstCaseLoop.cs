namespace SourceScore.Benchmarks;

/// <summary>
/// <see cref="WorstCaseBenchmarks"/> timed in a plain loop (2 s a case), for a quick look and for builds that
/// predate the benchmark class: copy both files into the older tree to compare.
/// </summary>
public static class WorstCaseLoop
{
    public static int Run(string? only = null)
    {
        foreach (var site in new[] { "Boilerplate", "LeakedCode", "ArticleFacts", "PageClasses", "HiddenStyle", "QuotedLines", "InnerWhitespace" }.Where(s => only is null || s == only))
        {
            foreach (var scale in new[] { 1, 10, 100 })
            {
                var b = new WorstCaseBenchmarks { Site = site, Scale = scale };
                b.Setup();
                int findings = b.Run();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                int runs = 0;
                while (clock.ElapsedMilliseconds < 2000 || runs < 2)
                {
                    findings = b.Run();
                    runs++;
                }

                Console.WriteLine(FormattableString.Invariant($"{site} x{scale}: {clock.Elapsed.TotalMilliseconds / runs:F2} ms, {findings} findings"));
            }
        }

        return 0;
    }
}
