using SourceScore.Training;

namespace SourceScore.Benchmarks;

/// <summary>
/// A feed of any size built deterministically from the human news text in ../shared/data (the FNC-1 bodies,
/// the human side of machine_news and the article-extraction bodies, about 2,400 texts). Article <c>i</c> is
/// one of those texts with about a sixth of its paragraphs (or sentences, for one-paragraph texts) left out,
/// chosen by a generator seeded with <c>i</c>, so the same index always gives the same article and a feed of
/// a million has a million distinct texts. Each base text recurs as the same story told by 200 sources with
/// slightly different wording; articles are dated 20 seconds apart, so a 100,000-article feed spans 23 days
/// (inside the index's default 30-day window) and a million span 231.
/// </summary>
public sealed class NewsFeed
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string[][] _bases;

    private NewsFeed(string[][] bases) => _bases = bases;

    /// <summary>How many distinct base texts the feed draws from.</summary>
    public int BaseCount => _bases.Length;

    /// <summary>Reads the base texts from ../shared/data beside the checkout.</summary>
    public static NewsFeed Load()
    {
        // DataSets.CleanNews reads the three sources; the feed takes them FNC-1 first, then machine_news, then
        // article_extraction, each in file order.
        string[] order = ["fnc1", "machine_news", "article_extraction"];
        var bases = DataSets.CleanNews(DataDirectory())
            .OrderBy(t => Array.IndexOf(order, t.Source))
            .Select(t => Pieces(t.Text))
            .Where(p => p.Length >= 3 && p.Sum(s => s.Length) >= 600)
            .ToArray();
        return new NewsFeed(bases);
    }

    /// <summary>The <paramref name="index"/>th article of the feed.</summary>
    public Article Get(long index)
    {
        var random = new Random((int)(index ^ (index >> 32)) * 16_777_619 + 12345);
        int story = random.Next(_bases.Length);
        var pieces = _bases[story];
        var kept = new List<string>(pieces.Length);
        foreach (var piece in pieces)
        {
            if (random.Next(6) != 0 || kept.Count == 0)
            {
                kept.Add(piece);
            }
        }

        string text = string.Join(pieces[0].EndsWith('\n') ? "" : " ", kept).Trim();
        return Article.FromText(
            text,
            id: $"feed-{index:D7}",
            source: $"source-{random.Next(200):D3}.example",
            published: Start.AddSeconds(20 * index));
    }

    /// <summary>The paragraphs of a text (each keeping its line break), or its sentences when it is one paragraph.</summary>
    private static string[] Pieces(string text)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length >= 3)
        {
            return [.. paragraphs.Select(p => p + "\n")];
        }

        var sentences = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ')
            {
                sentences.Add(text[start..(i + 1)].Trim());
                start = i + 2;
            }
        }

        sentences.Add(text[start..].Trim());
        return [.. sentences.Where(s => s.Length > 0)];
    }

    /// <summary>../shared/data, found by walking up from the program's folder (BenchmarkDotNet runs it from a folder of its own).</summary>
    internal static string DataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("../shared/data not found beside the checkout.");
    }
}
