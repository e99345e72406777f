using System.Diagnostics;

namespace SourceScore.Benchmarks;

/// <summary>
/// The story index over a long feed: adds <c>n</c> feed articles to an index of the default bound (each looked up
/// first, as the agreement check does) and prints, every 50,000, the managed heap, the GC's heap size and the
/// resident set with its peak — whether memory holds once the index is full.
/// </summary>
internal static class IndexChurn
{
    public static int Run(ReadOnlySpan<string> args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500_000;
        bool lookUp = args.Length < 2 || args[1] != "add-only";
        var feed = NewsFeed.Load();
        using var index = new CorpusIndex();
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine("articles  managed_mib  gc_heap_mib  rss_mib  peak_rss_mib  gen2  seconds");
        for (int i = 0; i < count; i++)
        {
            var article = feed.Get(i);
            if (lookUp)
            {
                index.FindRelated(article, 5);
            }

            index.Add(article);
            if ((i + 1) % 50_000 == 0)
            {
                process.Refresh();
                var info = GC.GetGCMemoryInfo();
                Console.WriteLine($"{i + 1,8}  {GC.GetTotalMemory(false) / 1048576.0,11:N0}  {info.HeapSizeBytes / 1048576.0,11:N0}  {process.WorkingSet64 / 1048576.0,7:N0}  {process.PeakWorkingSet64 / 1048576.0,12:N0}  {GC.CollectionCount(2),4}  {clock.Elapsed.TotalSeconds,7:N0}");
            }
        }

        return 0;
    }
}
