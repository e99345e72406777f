using SourceScore.Checks.Agreement;
using SourceScore.Features;

namespace SourceScore.Tests.Agreement;

public sealed class LeadDocumentsTests
{
    private const string Lead = "Niger's junta leader Abdourahamane Tiani met Mali's leader Assimi Goita in Bamako on Thursday. They discussed the joint battalion.";

    [Fact]
    public void An_opening_is_read_once_and_reads_as_it_would_uncached()
    {
        var cache = new LeadDocuments(16);
        var lexicon = StanceModel.Lexicon;
        var first = cache.Get(Related("a", Lead), lexicon);
        Assert.Same(first, cache.Get(Related("a", Lead), lexicon));

        var fresh = StanceDocument.Of(Lead, lexicon);
        Assert.Equal(fresh.VectorKeys, first.VectorKeys);
        Assert.Equal(fresh.VectorWeights, first.VectorWeights);
        Assert.Equal(fresh.MeanBodyWeight(lexicon, 0), first.MeanBodyWeight(lexicon, 0));
    }

    [Fact]
    public void An_article_replaced_with_another_opening_is_read_again()
    {
        var cache = new LeadDocuments(16);
        var lexicon = StanceModel.Lexicon;
        var old = cache.Get(Related("a", Lead), lexicon);
        var updated = cache.Get(Related("a", Lead + " Talks went on."), lexicon);
        Assert.NotSame(old, updated);
        Assert.Equal(Lead + " Talks went on.", updated.Text);
        Assert.Same(updated, cache.Get(Related("a", Lead + " Talks went on."), lexicon));
    }

    [Fact]
    public void Holds_at_most_its_capacity_and_answers_rightly_after_evicting()
    {
        var cache = new LeadDocuments(8);
        Assert.Equal(8, cache.Capacity);
        var lexicon = StanceModel.Lexicon;
        for (int i = 0; i < 200; i++)
        {
            string text = $"Report {i}: the council met on day {i}.";
            Assert.Equal(text, cache.Get(Related("id" + i, text), lexicon).Text);
        }

        // Whatever was evicted, every answer is the article's own opening.
        for (int i = 0; i < 200; i++)
        {
            Assert.Equal($"Report {i}: the council met on day {i}.", cache.Get(Related("id" + i, $"Report {i}: the council met on day {i}."), lexicon).Text);
        }
    }

    [Fact]
    public void Threads_sharing_it_each_get_their_article_s_opening()
    {
        var cache = new LeadDocuments(4);
        var lexicon = StanceModel.Lexicon;
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            string text = $"Story {i % 13} opening about the port strike, version {i % 13}.";
            Assert.Equal(text, cache.Get(Related("s" + (i % 13), text), lexicon).Text);
        });
    }

    private static RelatedArticle Related(string id, string lead) => new(id, "source", null, 0.5, 0.1, lead);
}
