using System.Diagnostics;
using SourceScore.Index;
using SourceScore.StanceReader;

namespace SourceScore.Benchmarks;

/// <summary>
/// The story profile alone (<see cref="StoryProfile.Of"/>, what the index reads of every article) on the
/// extracted text of the 200 benchmark pages: five 3-second rounds on one thread, each printing the time and the
/// bytes allocated per article. Run two builds one after the other and compare the best rounds.
/// </summary>
internal static class StoryProfileLoop
{
    public static int Run()
    {
        var texts = NewsPages.Build(200).Select(p => Article.FromHtml(p).Text).ToArray();
        var sentences = texts.Select(t => new Text.ArticleViews(t).Sentences).ToArray();
        var lexicon = StanceModel.Lexicon;
        for (int warm = 0; warm < 3; warm++)
        {
            for (int i = 0; i < texts.Length; i++)
            {
                StoryProfile.Of(texts[i], sentences[i], lexicon);
            }
        }

        for (int round = 0; round < 5; round++)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            int n = 0;
            while (clock.ElapsedMilliseconds < 3000)
            {
                for (int i = 0; i < texts.Length; i++)
                {
                    StoryProfile.Of(texts[i], sentences[i], lexicon);
                    n++;
                }
            }

            Console.WriteLine($"StoryProfile.Of: {clock.Elapsed.TotalMicroseconds / n:F2} µs, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / n} bytes allocated per article");
        }

        return 0;
    }
}
