using System.Net;
using System.Text;
using SourceScore.Training;

namespace SourceScore.Benchmarks;

/// <summary>
/// Realistic news pages of about 6 KB, built deterministically from the FNC-1 article bodies in
/// ../shared/data: a page template with head, scripts, navigation, header, footer and a related-links
/// aside around the body's paragraphs.
/// </summary>
internal static class NewsPages
{
    public static string[] Build(int count, int targetBytes = 6 * 1024)
    {
        var bodies = ReadBodies();
        var pages = new List<string>(count);
        var random = new Random(12345);
        int next = 0;
        while (pages.Count < count)
        {
            var paragraphs = new List<string>();
            int size = 0;
            while (size < targetBytes - 2000)
            {
                var body = bodies[next++ % bodies.Count];
                foreach (var p in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    paragraphs.Add(p);
                    size += p.Length + 8;
                    if (size >= targetBytes - 2000)
                    {
                        break;
                    }
                }
            }

            pages.Add(Page(paragraphs, random.Next(1000, 9999)));
        }

        return [.. pages];
    }

    /// <summary>The publication date every template page carries in its metadata.</summary>
    internal const string TemplateDate = "2024-05-01T10:00:00Z";

    /// <summary>One page in the template around the paragraphs, titled "Story {id}".</summary>
    internal static string Page(IEnumerable<string> paragraphs, long id)
    {
        var b = new StringBuilder(8 * 1024);
        b.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ").Append(id).Append(" | The Daily Example</title>");
        b.Append("<meta property=\"og:title\" content=\"Story ").Append(id).Append("\"><meta property=\"article:published_time\" content=\"").Append(TemplateDate).Append("\">");
        b.Append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script><style>body{font:16px serif}.nav a{margin:0 4px}</style></head><body>");
        b.Append("<header class=\"site-header\"><a href=\"/\">The Daily Example</a><nav class=\"nav\"><a href=\"/world\">World</a><a href=\"/politics\">Politics</a><a href=\"/business\">Business</a><a href=\"/sport\">Sport</a></nav></header>");
        b.Append("<main><article class=\"story\"><h1>Story ").Append(id).Append("</h1><p class=\"byline\">By Staff Reporter</p><div class=\"story-body\">");
        foreach (var p in paragraphs)
        {
            b.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        }

        b.Append("</div></article><aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Markets close higher</a></li><li><a href=\"/b\">Storm warning issued</a></li><li><a href=\"/c\">Election results</a></li></ul></aside></main>");
        b.Append("<footer><p>&copy; 2024 The Daily Example. All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></p></footer></body></html>");
        return b.ToString();
    }

    private static List<string> ReadBodies() =>
        [.. DataSets.ReadJsonl(Path.Combine(NewsFeed.DataDirectory(), "fnc1", "train_bodies.jsonl")).Select(row => row.GetProperty("body").GetString()!)];
}
