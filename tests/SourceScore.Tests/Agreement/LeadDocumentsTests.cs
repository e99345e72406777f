using SourceScore.Signals.Agreement;
using SourceScore.StanceReader;

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
        Assert.Equal(fresh.VectorKeys, first.Document.VectorKeys);
        Assert.Equal(fresh.VectorWeights, first.Document.VectorWeights);
        Assert.Equal(fresh.MeanBodyWeight(lexicon, 0), first.Document.MeanBodyWeight(lexicon, 0));

        // Compared with many claims, an opening keeps its terms' log-odds.
        Assert.Null(fresh.TermBodyWeights(lexicon));
        Assert.Equal(fresh.KeepTermBodyWeights().TermBodyWeights(lexicon), first.Document.TermBodyWeights(lexicon));
    }

    [Fact]
    public void An_article_replaced_with_another_opening_is_read_again()
    {
        var cache = new LeadDocuments(16);
        var lexicon = StanceModel.Lexicon;
        var old = cache.Get(Related("a", Lead), lexicon);
        var updated = cache.Get(Related("a", Lead + " Talks went on."), lexicon);
        Assert.NotSame(old, updated);
        Assert.Equal(Lead + " Talks went on.", updated.Document.Text);
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
            Assert.Equal(text, cache.Get(Related("id" + i, text), lexicon).Document.Text);
        }

        // Whatever was evicted, every answer is the article's own opening.
        for (int i = 0; i < 200; i++)
        {
            Assert.Equal($"Report {i}: the council met on day {i}.", cache.Get(Related("id" + i, $"Report {i}: the council met on day {i}."), lexicon).Document.Text);
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
            Assert.Equal(text, cache.Get(Related("s" + (i % 13), text), lexicon).Document.Text);
        });
    }

    [Fact]
    public void An_opening_keeps_the_direction_cues_of_its_sentences_as_read_uncached()
    {
        const string lead = "Niger ended its military agreement with France. The junta turned to Russia for support. Talks went on.";
        var opening = new LeadDocuments(16).Get(Related("n", lead), StanceModel.Lexicon);
        var document = opening.Document;
        Assert.Equal(3, document.SentenceCount);
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var expected = RelationDirection.Read(lead, document.Sentences[s]);
            var (parties, names) = opening.Relation(s);
            Assert.Equal(expected.Parties, parties);
            Assert.Equal(expected.Names, names);
            Assert.Same(parties, opening.Relation(s).Parties);
        }

        Assert.Contains(opening.Relation(0).Parties, p => p.Direction == Direction.Away);
        Assert.Contains(opening.Relation(1).Parties, p => p.Direction == Direction.Toward);
        Assert.Empty(opening.Relation(2).Parties);
    }

    private static RelatedArticle Related(string id, string lead) => new(id, "source", null, 0.5, 0.1, lead);
}
