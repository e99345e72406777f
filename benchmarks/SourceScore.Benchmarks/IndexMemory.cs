namespace SourceScore.Benchmarks;

/// <summary>
/// What the story index holds per article: the managed heap after a full garbage collection, before and after
/// adding the first <c>n</c> articles of the <see cref="NewsFeed"/> (each article is dropped once added, so only
/// what the index keeps remains), divided by <c>n</c>.
/// </summary>
internal static class IndexMemory
{
    public static int Run(ReadOnlySpan<string> args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var feed = NewsFeed.Load();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        using var index = new CorpusIndex(new CorpusIndexOptions { MaxArticles = count });
        for (int i = 0; i < count; i++)
        {
            index.Add(feed.Get(i));
        }

        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(feed);
        long keys = 0, sentences = 0;
        for (int i = 0; i < 2000; i++)
        {
            var print = feed.Get(i).Views.CopyPrint;
            keys += print.Keys.Length;
            sentences += print.Count;
        }

        Console.WriteLine($"print: {sentences / 2000.0:N1} sentences, {keys / 2000.0:N1} keys an article");
        Console.WriteLine($"articles {index.Count:N0} from {feed.BaseCount:N0} base texts; index {(after - before) / 1048576.0:N1} MiB; {(after - before) / (double)index.Count:N0} bytes per article");
        return 0;
    }
}
