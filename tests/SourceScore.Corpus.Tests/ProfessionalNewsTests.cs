using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// Real pages of established outlets, as the tool scores a feed of them (page extraction, every signal, the story
/// index filling in page order): professional journalism scores as reliable. The pages are the article_extraction dev
/// pages of wire services, national newspapers and broadcasters; the per-page reasons are reviewed in
/// docs/real-pages.md.
/// </summary>
public sealed class ProfessionalNewsTests
{
    /// <summary>Wire services, national newspapers and national broadcasters among the dev pages' hosts.</summary>
    public static readonly IReadOnlyList<string> EstablishedOutlets =
    [
        "hosted.ap.org", "www.reuters.com",
        "www.wsj.com", "www.nytimes.com", "www.usatoday.com", "www.latimes.com", "nypost.com", "www.washingtonexaminer.com", "www.barrons.com",
        "www.telegraph.co.uk", "www.express.co.uk", "www.thesun.co.uk", "www.cityam.com", "www.jpost.com", "www.deccanherald.com",
        "www.bbc.com", "www.cnn.com", "www.cbsnews.com", "www.nbcnews.com", "www.foxnews.com", "www.cnbc.com", "www.foxbusiness.com",
        "www.ctvnews.ca", "www.aljazeera.com",
    ];

    [Fact]
    public void Established_outlets_pages_score_reliable_at_most_a_tenth_below_60_and_a_median_of_75()
    {
        var pages = DataSets.ReadJsonl(Path.Combine(TestPaths.DataRoot, "article_extraction", "dev.jsonl.gz")).ToList();
        using var index = new CorpusIndex();
        var scorer = Scorer.CreateDefault(index);
        var outlets = new List<(string Host, double? Overall)>();
        foreach (var page in pages)
        {
            string url = page.GetProperty("url").GetString()!;
            string host = new Uri(url).Host;
            var score = scorer.Score(Article.FromHtml(page.GetProperty("html").GetString()!, page.GetProperty("id").GetString()!, host, url));
            if (EstablishedOutlets.Contains(host))
            {
                outlets.Add((host, score.Overall));
            }
        }

        Assert.True(outlets.Count >= 30, $"only {outlets.Count} pages of established outlets");
        Assert.Equal(EstablishedOutlets.Order(StringComparer.Ordinal), outlets.Select(o => o.Host).Distinct().Order(StringComparer.Ordinal));
        Assert.All(outlets, o => Assert.NotNull(o.Overall));
        var overall = outlets.Select(o => o.Overall!.Value).Order().ToList();
        double median = overall.Count % 2 == 1 ? overall[overall.Count / 2] : (overall[(overall.Count / 2) - 1] + overall[overall.Count / 2]) / 2;
        int below = overall.Count(o => o < 60);
        Assert.True(below <= 0.10 * overall.Count, $"{below} of {overall.Count} below 60: {string.Join(", ", outlets.Where(o => o.Overall < 60).Select(o => $"{o.Host} {o.Overall}"))}");
        Assert.True(median >= 75, $"median {median}");
    }
}
