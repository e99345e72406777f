using SourceScore.StanceReader;

namespace SourceScore.Tests.Models;

public sealed class StanceFeaturesTests
{
    [Fact]
    public void A_text_read_with_one_lexicon_gives_the_features_of_the_lexicon_it_is_compared_under()
    {
        // Training reads each text once and compares it under the log-odds of several folds; scoring keeps what a
        // reading looks up under its own lexicon (IDF, mean log-odds, for openings the terms' body log-odds) and must
        // give the same.
        var shipped = StanceModel.Lexicon;
        var empty = new List<KeyValuePair<ulong, float>>();
        var other = shipped.WithLogOdds([empty, empty, empty], [empty, empty, empty]);
        var texts = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Select(File.ReadAllText).ToList();
        texts.Add("Officials said the ministry denied reports that the talks had collapsed, and the claim was false, a spokesman added.");
        var claims = new[] { "Talks collapsed, ministry says", "Niger's junta leader Tchiani denied that the army had seized power in a coup." };
        int compared = 0;
        foreach (var body in texts)
        {
            var bodyReadings = new[] { StanceDocument.Of(body, shipped), StanceDocument.Of(body, shipped).KeepTermBodyWeights(), StanceDocument.Of(body, other), StanceDocument.Of(body, other).KeepTermBodyWeights() };
            foreach (var claim in claims)
            {
                var claimReadings = new[] { StanceDocument.Of(claim, shipped), StanceDocument.Of(claim, other) };
                foreach (var lexicon in new[] { shipped, other })
                {
                    var expected = Features(claimReadings[0], bodyReadings[0], lexicon);
                    foreach (var headline in claimReadings)
                    {
                        foreach (var reading in bodyReadings)
                        {
                            // Twice: the first use keeps what the second reads.
                            Assert.Equal(expected, Features(headline, reading, lexicon));
                            Assert.Equal(expected, Features(headline, reading, lexicon));
                            compared++;
                        }
                    }
                }
            }
        }

        Assert.Equal(texts.Count * claims.Length * 2 * 8, compared);

        // The log-odds features do differ between the two lexicons, so the comparisons above tell.
        var read = StanceDocument.Of(texts[^1], shipped);
        Assert.NotEqual(read.MeanBodyWeight(shipped, 0), read.MeanBodyWeight(other, 0));
        Assert.NotEqual(read.MeanHeadlineWeight(shipped, 0), read.MeanHeadlineWeight(other, 0));
        Assert.NotEqual(Features(read, read, shipped)[^1], Features(read, read, other)[^1]);
    }

    [Fact]
    public void A_reading_keeps_the_idf_and_log_odds_of_its_own_lexicon_and_computes_them_for_another()
    {
        var shipped = StanceModel.Lexicon;
        string text = File.ReadAllText(Directory.GetFiles(Testing.TestPaths.SeedsRoot, "000_*.txt").Single());
        var read = StanceDocument.Of(text, shipped);
        Assert.Equal(read.VectorKeys.Select(shipped.Idf), read.VectorIdf);
        Assert.Same(read.VectorIdf, read.IdfUnder(shipped));

        // Other frequencies: every term seen in half the documents.
        var frequencies = SourceScore.Models.HashCountTable.Build([.. read.VectorKeys.Select(k => new KeyValuePair<ulong, int>(k, 50))]);
        var logOdds = Enumerable.Range(0, 3).Select(_ => (IReadOnlyCollection<KeyValuePair<ulong, float>>)[]).ToList();
        var counted = new StanceLexicon(frequencies, 100, logOdds, logOdds, [1, 1, 1, 1]);
        Assert.Equal(read.VectorKeys.Select(counted.Idf), read.IdfUnder(counted));
        Assert.NotEqual(read.VectorIdf, read.IdfUnder(counted));

        Assert.Null(read.TermBodyWeights(shipped));
        Assert.Same(read, read.KeepTermBodyWeights());
        var weights = read.TermBodyWeights(shipped)!;
        Assert.Same(weights, read.KeepTermBodyWeights().TermBodyWeights(shipped));
        Assert.Equal(Enumerable.Range(0, 3).SelectMany(c => read.Terms.Select(k => shipped.BodyWeight(c, k))), weights);
        Assert.Contains(weights, w => w != 0);
        Assert.Null(read.TermBodyWeights(counted));
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(StanceFeatures.MeanWeight(read.VectorKeys, shipped, c, headline: true), read.MeanHeadlineWeight(shipped, c));
        }
    }

    private static float[] Features(StanceDocument headline, StanceDocument body, StanceLexicon lexicon)
    {
        var features = new float[StanceFeatures.Count];
        StanceFeatures.Extract(headline, body, lexicon, features);
        return features;
    }
}
