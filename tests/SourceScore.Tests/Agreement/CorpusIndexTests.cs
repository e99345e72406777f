namespace SourceScore.Tests.Agreement;

public sealed class CorpusIndexTests
{
    private const string Story = "Niger's junta leader Abdourahamane Tiani met Mali's leader Assimi Goita in Bamako on Thursday to discuss the Alliance of Sahel States, its joint battalion and its security cooperation with Russia.";
    private const string Variant = "General Abdourahamane Tchiani of Niger travelled to Bamako for talks with Assimi Goita on the Alliance of Sahel States, the joint battalion and security ties with Russia, officials said.";
    private const string Other = "The city council approved a new budget for road repairs and school buses after a long debate about property taxes and library opening hours.";

    [Fact]
    public void Finds_the_same_story_with_names_spelled_differently_and_never_the_same_id()
    {
        using var index = new CorpusIndex();
        index.Add(Article.FromText(Story, "a"));
        index.Add(Article.FromText(Other, "c"));
        var found = index.FindRelated(Article.FromText(Variant, "b"), 5);
        Assert.Equal("a", Assert.Single(found).Id);
        Assert.Empty(index.FindRelated(Article.FromText(Story, "a"), 5));
    }

    [Fact]
    public void A_reprint_resembles_its_original_and_a_rewrite_does_not()
    {
        using var index = new CorpusIndex();
        index.Add(Article.FromText(Story, "a"));
        var reprint = Assert.Single(index.FindRelated(Article.FromText(Story, "copy"), 5));
        Assert.True(reprint.Resemblance > 0.9);
        var rewrite = Assert.Single(index.FindRelated(Article.FromText(Variant, "b"), 5));
        Assert.True(rewrite.Resemblance < 0.2);
    }

    [Fact]
    public void Holds_at_most_the_bound_and_forgets_the_oldest()
    {
        using var index = new CorpusIndex(new CorpusIndexOptions { MaxArticles = 3 });
        for (int i = 0; i < 5; i++)
        {
            index.Add(Article.FromText(Story + " Update " + i, "a" + i));
        }

        Assert.Equal(3, index.Count);
        var ids = index.FindRelated(Article.FromText(Variant, "b"), 10).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["a2", "a3", "a4"], ids);
    }

    [Fact]
    public void Forgets_articles_older_than_the_maximum_age()
    {
        using var index = new CorpusIndex(new CorpusIndexOptions { MaxAge = TimeSpan.FromDays(7) });
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        index.Add(Article.FromText(Story, "old", published: start));
        index.Add(Article.FromText(Other, "new", published: start.AddDays(30)));
        Assert.Equal(1, index.Count);
        Assert.Empty(index.FindRelated(Article.FromText(Variant, "b", published: start.AddDays(30)), 5));
    }

    [Fact]
    public void Adding_an_id_again_replaces_it()
    {
        using var index = new CorpusIndex();
        index.Add(Article.FromText(Story, "a"));
        index.Add(Article.FromText(Story, "a"));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_full_index_writing_new_articles_over_evicted_ones_answers_as_a_fresh_index_of_the_same_articles()
    {
        // Articles of 3 to 700 words (openings from a few bytes to past the lead length, some non-ASCII), through an
        // index of 40: every slot is written over several times, with shorter and longer openings and fewer terms than
        // the article before it had. The 40 kept must be found exactly as an index that only ever held them finds them.
        var random = new Random(11);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string[] vocabulary = [.. Enumerable.Range(0, 120).Select(i => (i % 7 == 0 ? "Zürich" : "Word") + (char)('a' + (i % 26)) + (char)('a' + (i / 26))), "café", "Tchiani’s", "naïve"];
        var articles = Enumerable.Range(0, 300).Select(i =>
        {
            int words = random.Next(6) == 0 ? random.Next(300, 700) : random.Next(3, 60);
            var text = string.Join(' ', Enumerable.Range(0, words).Select(w => vocabulary[random.Next(vocabulary.Length)] + (w % 12 == 11 ? "." : string.Empty)));
            return Article.FromText(text + ".", "a" + i, source: "source" + (i % 9), published: start.AddMinutes(i));
        }).ToList();
        var options = new CorpusIndexOptions { MaxArticles = 40 };
        using var reused = new CorpusIndex(options);
        using var fresh = new CorpusIndex(options);
        articles.ForEach(reused.Add);
        articles.TakeLast(40).ToList().ForEach(fresh.Add);
        Assert.Equal(40, reused.Count);
        for (int q = 0; q < 30; q++)
        {
            var query = Article.FromText(string.Join(' ', Enumerable.Range(0, 30).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + ".", "q" + q, published: start.AddMinutes(300));
            var expected = fresh.FindRelated(query, 10);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, reused.FindRelated(query, 10));
        }
    }

    [Fact]
    public void A_small_index_gives_exactly_the_best_matches_a_full_comparison_gives()
    {
        // 300 articles of 40 words drawn from 200: few enough postings that every shared term is read, and many
        // more related articles than results, in no particular order of slot.
        var random = new Random(8);
        var vocabulary = Enumerable.Range(0, 200).Select(i => "Term" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))).ToArray();
        var articles = new List<Article>();
        using var index = new CorpusIndex();
        for (int i = 0; i < 300; i++)
        {
            var article = Article.FromText(string.Join(' ', Enumerable.Range(0, 40).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + ".", "a" + i);
            articles.Add(article);
            index.Add(article);
        }

        for (int q = 0; q < 20; q++)
        {
            var query = Article.FromText(string.Join(' ', Enumerable.Range(0, 40).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + ".", "q" + q);
            var p = query.Views.Profile;
            var expected = articles
                .Select(a => (a.Id, Similarity: Math.Round(Math.Min(1, p.SharedWeight(a.Views.Profile.Terms) / Math.Sqrt((double)p.WeightSum * a.Views.Profile.WeightSum)), 4)))
                .Where(a => a.Similarity >= CorpusIndexOptions.Default.MinSimilarity)
                .OrderByDescending(a => a.Similarity).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(5).ToList();
            Assert.Equal(5, expected.Count);
            var found = index.FindRelated(query, 5);
            Assert.Equal(expected.Select(e => e.Id), found.Select(f => f.Id));
            Assert.Equal(expected.Select(e => e.Similarity), found.Select(f => f.Similarity));
        }
    }

    [Fact]
    public void A_large_index_finds_the_same_story_among_articles_sharing_its_common_terms()
    {
        // 6,000 articles of 40 words drawn from 300, so every term is held by about 800 articles and a lookup
        // leaves most terms out of candidate generation; each query's story was told once before with a quarter
        // of its words changed. That telling must come first, and every figure returned must be the exact one.
        var random = new Random(5);
        var vocabulary = Enumerable.Range(0, 300).Select(i => "Word" + Letters(i)).ToArray();
        var articles = new Dictionary<string, Article>();
        var queries = new List<(Article Query, string Story)>();
        using var index = new CorpusIndex();
        for (int i = 0; i < 6000; i++)
        {
            var words = Enumerable.Range(0, 40).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            Add(Article.FromText(string.Join(' ', words) + ".", "a" + i));
            if (i % 300 == 0)
            {
                var retold = words.Select(w => random.Next(4) == 0 ? vocabulary[random.Next(vocabulary.Length)] : w);
                queries.Add((Article.FromText(string.Join(' ', retold) + ".", "q" + i), "a" + i));
            }
        }

        foreach (var (query, story) in queries)
        {
            var p = query.Views.Profile;
            var found = index.FindRelated(query, 5);
            Assert.Equal(story, found[0].Id);
            Assert.Equal(found.OrderByDescending(f => f.Similarity).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id), found.Select(f => f.Id));
            foreach (var f in found)
            {
                var e = articles[f.Id].Views.Profile;
                Assert.Equal(Math.Round(Math.Min(1, p.SharedWeight(e.Terms) / Math.Sqrt((double)p.WeightSum * e.WeightSum)), 4), f.Similarity);
            }
        }

        void Add(Article article)
        {
            articles[article.Id] = article;
            index.Add(article);
        }

        static string Letters(int i) => new([(char)('a' + (i % 26)), (char)('a' + (i / 26 % 26)), (char)('a' + (i / 676))]);
    }
}
