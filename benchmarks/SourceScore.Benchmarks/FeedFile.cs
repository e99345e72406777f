using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SourceScore.Benchmarks;

/// <summary>
/// Writes a JSONL feed of HTML news pages for the end-to-end runs: article <c>i</c> of <see cref="NewsFeed"/> (its
/// text, source and date) inside <see cref="NewsPages"/>' page template, one <c>{"id", "source", "published",
/// "html"}</c> line each, to a file or standard output. Deterministic: the same count gives the same bytes.
/// </summary>
internal static class FeedFile
{
    /// <summary><c>feed COUNT [FILE|-]</c>.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length == 0 || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out long count) || count < 1)
        {
            Console.Error.WriteLine("usage: feed COUNT [FILE|-]   (a JSONL feed of COUNT HTML news pages; standard output by default)");
            return 2;
        }

        string target = args.Length > 1 ? args[1] : "-";
        var feed = NewsFeed.Load();
        var headlines = Headlines(feed);
        using var output = target == "-" ? Console.OpenStandardOutput() : File.Create(target);
        using var buffered = new BufferedStream(output, 1 << 16);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(buffered, options);
        long bytes = 0;
        for (long i = 0; i < count; i++)
        {
            var article = feed.Get(i);
            json.Reset(buffered);
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("source", article.Source);
            json.WriteString("published", article.Published!.Value);
            json.WriteString("html", Html(article, i, headlines));
            json.WriteEndObject();
            json.Flush();
            bytes += json.BytesCommitted;
            buffered.WriteByte((byte)'\n');
        }

        buffered.Flush();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed: {count:N0} articles, {bytes / (double)count / 1024:0.0} KB a line on average"));
        return 0;
    }

    /// <summary>The headlines of the "More stories" lists: 64 articles from far beyond any feed's end.</summary>
    internal static string[] Headlines(NewsFeed feed) =>
        [.. Enumerable.Range(0, 64).Select(k => Headline(feed.Get(1_000_000_000L + k).Text))];

    /// <summary>The page of feed article <paramref name="index"/>: its paragraphs in the page template, padded to about 6 KB.</summary>
    internal static string Html(Article article, long index, string[] headlines) =>
        Pad(NewsPages.Page(article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), index), headlines, index)
            .Replace(NewsPages.TemplateDate, article.Published!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// Brings a page up to about 6 KB the way real pages are: a "More stories" list of other headlines before the
    /// end of <c>main</c> (the extractor drops it; the markup checks would flag it if it leaked).
    /// </summary>
    private static string Pad(string page, string[] headlines, long id)
    {
        const int Target = 6 * 1024;
        int at = page.LastIndexOf("</main>", StringComparison.Ordinal);
        if (page.Length >= Target || at < 0)
        {
            return page;
        }

        var b = new System.Text.StringBuilder("<aside class=\"more-stories\"><h2>More stories</h2><ul>");
        for (int k = 0; page.Length + b.Length < Target - 20; k++)
        {
            string headline = headlines[(int)((id + k) % headlines.Length)];
            b.Append("<li><a href=\"/story/").Append((id * 7) + k).Append("\">").Append(System.Net.WebUtility.HtmlEncode(headline)).Append("</a></li>");
        }

        b.Append("</ul></aside>");
        return page.Insert(at, b.ToString());
    }

    /// <summary>The first sentence of a text, at most 90 characters, as a headline.</summary>
    private static string Headline(string text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        int line = text.IndexOf('\n', StringComparison.Ordinal);
        end = end < 0 || (line >= 0 && line < end) ? line : end;
        string first = (end > 0 ? text[..end] : text).Trim();
        return first.Length <= 90 ? first : first[..90].TrimEnd() + "…";
    }
}
