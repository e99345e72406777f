using System.Text;
using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// Real pages broken the ways pages break (cut short, junk tags and entities spliced in, chunks repeated or lost, deep
/// nesting, huge attribute values, random characters): <see cref="Article.FromHtml"/> never throws on page content, and
/// every page gets a score or, when no article is left to find, SS5011 with no signal judging it; never SS5010. Fixed
/// seed, so a failure names a page that fails every time.
/// </summary>
public sealed class MutatedPageTests
{
    private static readonly string[] s_junk =
    [
        "<", ">", "</", "<div", "<p>", "</p>", "&", "&amp;", "&#", "&#x", "&#xD800;", "&#0;", "&#99999999;", "<!--", "-->", "<![CDATA[", "]]>",
        "<script>", "</script>", "<style>", "\"", "'", "=", "<form>", "</form>", "<table><tr><td>", "\0", "\uFFFD", "<article>", "</article>",
        "<br/>", "<svg><svg><svg>", "<a href=\"", "<iframe src=x>", "\u202E", "<main>", "<p class=\"related\">", "Advertisement\n", "<li>Email</li>",
    ];

    [Fact]
    public void Mutated_real_pages_never_throw_and_are_scored_or_said_unreadable()
    {
        var pages = DataSets.ReadJsonl(Path.Combine(TestPaths.DataRoot, "article_extraction", "dev.jsonl.gz"))
            .Select(p => p.GetProperty("html").GetString()!).ToArray();
        var scorer = Scorer.CreateDefault();
        var random = new Random(20261203);
        int missed = 0;
        for (int n = 0; n < 300; n++)
        {
            string html = Mutate(pages[random.Next(pages.Length)], random);
            var article = Article.FromHtml(html, "mutated-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var score = scorer.Score(article);
            Assert.True(score.Error is null, $"page {n}: {score.Error}");
            if (score.Overall is double overall)
            {
                Assert.InRange(overall, 0, 100);
            }
            else
            {
                // A page cut or broken so that no article is left to find is our extraction's miss, said so (SS5011).
                Assert.Contains(score.Findings, f => f.Rule.Id == "SS5011");
                Assert.All(score.Signals, s => Assert.False(s.Assessed));
                missed++;
            }
        }

        // Cuts before the article, and quotes left open by a cut that fold the story into the navigation, leave no
        // article to find: 47 of the 300 at 2026-12-03 (the ones read by hand were such pages); they used to score 0.
        Assert.True(missed <= 60, $"{missed} of 300 mutated pages had no article found");
    }

    private static string Mutate(string html, Random random)
    {
        for (int m = random.Next(1, 7); m > 0; m--)
        {
            int i = random.Next(html.Length + 1);
            html = random.Next(7) switch
            {
                0 => html[..i],
                1 => html[..i] + string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => s_junk[random.Next(s_junk.Length)])) + html[i..],
                2 => Repeat(html, i, random),
                3 => html[..i] + html[Math.Min(html.Length, i + random.Next(1, 20_000))..],
                4 => html[..i] + string.Concat(Enumerable.Repeat("<div>", random.Next(100, 3_000))) + html[i..],
                5 => html[..i] + "<p class=\"" + new string('x', random.Next(1_000, 200_000)) + "\">" + html[i..],
                _ => html[..i] + RandomText(random) + html[i..],
            };
        }

        return html;
    }

    private static string Repeat(string html, int i, Random random)
    {
        int j = Math.Min(html.Length, i + random.Next(1, 5_000));
        var chunk = html[i..j];
        return html[..i] + string.Concat(Enumerable.Repeat(chunk, random.Next(2, 6))) + html[j..];
    }

    // Any UTF-16 code unit, lone surrogates included (a .NET string can hold them; a page read from bytes cannot).
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (int k = random.Next(1, 300); k > 0; k--)
        {
            text.Append((char)random.Next(1, 0x10000));
        }

        return text.ToString();
    }
}
