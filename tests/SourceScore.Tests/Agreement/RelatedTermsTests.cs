using SourceScore.Signals.Agreement;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Tests.Agreement;

public sealed class RelatedTermsTests
{
    [Fact]
    public void A_sentence_shares_with_each_opening_the_idf_of_its_distinct_terms_the_opening_holds_to_the_last_bit()
    {
        var lexicon = StanceModel.Lexicon;
        var texts = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var openings = texts.Select(t => StanceDocument.Of(t[..Math.Min(t.Length, 1500)], lexicon)).ToList();
        using var related = new RelatedTerms(openings, lexicon);
        int sentences = 0, sharing = 0;
        foreach (var text in texts)
        {
            var spans = new List<TextSpan>();
            SentenceSplitter.Split(text, spans);
            foreach (var span in spans)
            {
                var shared = new double[openings.Count];
                related.Share(text, span, shared);
                Assert.Equal(Expected(text, span, openings), shared);
                sentences++;
                sharing += shared.Count(s => s > 0);
            }
        }

        Assert.True(sentences > 50);
        Assert.True(sharing > sentences, $"{sharing} sentence-opening pairs share terms");
    }

    [Fact]
    public void Tables_rented_again_from_the_pool_hold_only_the_new_openings()
    {
        var lexicon = StanceModel.Lexicon;
        var texts = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (int round = 0; round < texts.Count; round++)
        {
            // Each round one other seed's opening, so a term left from an earlier round would count.
            var openings = new List<StanceDocument> { StanceDocument.Of(texts[round], lexicon) };
            using var related = new RelatedTerms(openings, lexicon);
            foreach (var text in texts)
            {
                var spans = new List<TextSpan>();
                SentenceSplitter.Split(text, spans);
                foreach (var span in spans)
                {
                    var shared = new double[1];
                    related.Share(text, span, shared);
                    Assert.Equal(Expected(text, span, openings), shared);
                }
            }
        }
    }

    [Fact]
    public void A_term_counts_once_a_sentence_and_for_every_opening_holding_it_past_sixty_four_openings()
    {
        var lexicon = StanceModel.Lexicon;
        var openings = Enumerable.Range(0, 70).Select(i => StanceDocument.Of(i % 2 == 0 ? "The junta closed the border." : "Markets rallied.", lexicon)).ToList();
        using var related = new RelatedTerms(openings, lexicon);
        const string text = "Border, border, border: the junta kept the border closed. Nothing here.";
        var first = new TextSpan(0, text.IndexOf(" Nothing", StringComparison.Ordinal));
        var second = new TextSpan(first.End + 1, text.Length - first.End - 1);
        var shared = new double[70];
        related.Share(text, first, shared);
        double expected = (double)lexicon.Idf(TermKey.Of("border")) + lexicon.Idf(TermKey.Of("junta")) + lexicon.Idf(TermKey.Of("closed"));
        Assert.Equal(Expected(text, first, openings), shared);
        Assert.Equal(expected, shared[68], 6);
        Assert.Equal(0, shared[69]);

        // The next sentence starts afresh.
        related.Share(text, second, shared);
        Assert.All(shared, s => Assert.Equal(0, s));
        Assert.Throws<ArgumentException>(() => related.Share(text, new TextSpan(0, 10), new double[3]));
    }

    [Fact]
    public void A_sentence_is_read_up_to_the_token_budget_of_a_stance_reading()
    {
        var lexicon = StanceModel.Lexicon;
        var openings = new List<StanceDocument> { StanceDocument.Of("The junta closed the border.", lexicon) };
        using var related = new RelatedTerms(openings, lexicon);

        // "Border", then 3,600 tokens of filler, then "junta" past the budget.
        string text = "Border " + string.Concat(Enumerable.Repeat("and, ", 1800)) + "junta";
        var shared = new double[1];
        related.Share(text, new TextSpan(0, text.Length), shared);
        Assert.Equal(Expected(text, new TextSpan(0, text.Length), openings), shared);
        Assert.Equal(lexicon.Idf(TermKey.Of("border")), shared[0], 6);
    }

    /// <summary>What the check summed before: the sentence's sorted distinct terms (its reading's vector), each searched in every opening.</summary>
    private static double[] Expected(string text, TextSpan span, List<StanceDocument> openings)
    {
        var shared = new double[openings.Count];
        foreach (ulong key in StanceDocument.Of(text, [span], StanceModel.Lexicon).VectorKeys)
        {
            float idf = StanceModel.Lexicon.Idf(key);
            for (int b = 0; b < openings.Count; b++)
            {
                shared[b] += openings[b].Contains(key) ? idf : 0;
            }
        }

        return shared;
    }
}
