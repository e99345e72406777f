using SourceScore.Checks.Agreement;
using SourceScore.Features;

namespace SourceScore.Tests.Models;

public sealed class StanceFeaturesTests
{
    [Fact]
    public void A_body_read_with_one_lexicon_gives_the_features_of_the_lexicon_it_is_compared_under()
    {
        // Training reads each body once and compares it under the log-odds of several folds.
        var shipped = StanceModel.Lexicon;
        var body = "Officials said the ministry denied reports that the talks had collapsed, and the claim was false, a spokesman added.";
        var headline = StanceDocument.Of("Talks collapsed, ministry says", shipped);
        var empty = new List<KeyValuePair<ulong, float>>();
        var other = shipped.WithLogOdds([empty, empty, empty], [empty, empty, empty]);

        var readWithShipped = StanceDocument.Of(body, shipped);
        var readWithOther = StanceDocument.Of(body, other);
        foreach (var lexicon in new[] { shipped, other })
        {
            var expected = new float[StanceFeatures.Count];
            var actual = new float[StanceFeatures.Count];
            StanceFeatures.Extract(headline, lexicon == shipped ? readWithShipped : readWithOther, lexicon, expected);
            StanceFeatures.Extract(headline, lexicon == shipped ? readWithOther : readWithShipped, lexicon, actual);
            Assert.Equal(expected, actual);
        }

        // The body's log-odds features do differ between the two, so the comparison above tells.
        Assert.NotEqual(readWithShipped.MeanBodyWeight(shipped, 0), readWithShipped.MeanBodyWeight(other, 0));
    }

    [Fact]
    public void A_sentence_s_distinct_terms_are_the_keys_of_its_whole_reading()
    {
        var lexicon = StanceModel.Lexicon;
        int compared = 0;
        foreach (var path in Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt"))
        {
            string text = File.ReadAllText(path);
            var sentences = new List<SourceScore.TextSpan>();
            SourceScore.Text.SentenceSplitter.Split(text, sentences);
            foreach (var sentence in sentences)
            {
                Assert.Equal(StanceDocument.Of(text, [sentence], lexicon).VectorKeys, StanceDocument.DistinctTerms(text, sentence));
                compared++;
            }
        }

        Assert.True(compared > 50);
    }
}
