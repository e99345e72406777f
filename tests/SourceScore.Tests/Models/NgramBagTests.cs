using SourceScore.Checks.Machine;
using SourceScore.Features;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Tests.Models;

public sealed class NgramBagTests
{
    private static readonly string[] s_seeds = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The margin as the model reads it: the last feature <see cref="MachineFeatures.Extract"/> writes.</summary>
    private static double MarginOf(string text, NewsLexicon lexicon)
    {
        var features = new float[MachineFeatures.Count];
        MachineFeatures.Extract(text, LineIndex.Build(text).Spans, lexicon, features, null);
        return features[^1];
    }

    [Fact]
    public void The_margin_read_in_one_pass_is_the_bias_plus_the_weights_times_the_training_vector_on_every_seed()
    {
        var lexicon = MachineModel.Lexicon;
        Assert.Equal(NgramBag.Buckets, lexicon.NgramWeights.Length);
        foreach (var path in s_seeds)
        {
            string text = File.ReadAllText(path);
            var (buckets, values) = NgramBag.Vector(text);
            double expected = lexicon.NgramBias;
            for (int i = 0; i < buckets.Length; i++)
            {
                expected += lexicon.NgramWeights[buckets[i]] * values[i];
            }

            Assert.Equal(expected, MarginOf(text, lexicon), 4);
            Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
            Assert.True(buckets.Zip(buckets.Skip(1)).All(p => p.First < p.Second), "buckets sorted and distinct");
        }
    }

    [Fact]
    public void The_margin_is_the_same_on_every_reading_and_differs_between_texts()
    {
        var lexicon = MachineModel.Lexicon;
        string text = File.ReadAllText(s_seeds[0]);
        double once = MarginOf(text, lexicon);
        Assert.Equal(once, MarginOf(text, lexicon));
        Assert.NotEqual(once, MarginOf(File.ReadAllText(s_seeds[1]), lexicon));
    }

    [Fact]
    public void Without_weights_or_words_the_margin_is_zero_or_the_bias()
    {
        var lexicon = MachineModel.Lexicon;
        var none = lexicon.WithNgramWeights([], 0);
        Assert.Equal(0, MarginOf("The minister said the budget would rise.", none));
        Assert.Equal(lexicon.NgramBias, MarginOf(string.Empty, lexicon));
        Assert.Equal(lexicon.NgramBias, MarginOf("   \n\t  ", lexicon));
    }

    [Fact]
    public void The_lexicon_keeps_its_weights_through_writing_and_reading_at_half_precision()
    {
        var lexicon = MachineModel.Lexicon;
        var weights = new float[NgramBag.Buckets];
        weights[1] = 0.1f;
        weights[NgramBag.Buckets - 1] = -3.14159f;
        var written = lexicon.WithNgramWeights(weights, 0.25f);
        Assert.Equal((float)(Half)0.1f, written.NgramWeights[1]);

        using var stream = new MemoryStream();
        written.Write(stream);
        stream.Position = 0;
        var read = NewsLexicon.Read(new MemoryStream(stream.ToArray()));
        Assert.Equal(written.NgramWeights, read.NgramWeights);
        Assert.Equal(0.25f, read.NgramBias);
        Assert.Equal(written.DecisionThreshold, read.DecisionThreshold);
        Assert.Equal(written.NgramWeights, read.WithDecisionThreshold(0.5).NgramWeights);
    }

    [Fact]
    public void A_huge_text_is_read_only_up_to_the_word_cap_in_training_as_in_serving()
    {
        var lexicon = MachineModel.Lexicon;
        string words = "alpha beta, gamma delta ";
        string huge = string.Concat(Enumerable.Repeat(words, 100_000));
        string capped = string.Concat(Enumerable.Repeat(words, MachineFeatures.MaxWords / 4)).TrimEnd();
        Assert.Equal(NgramBag.Vector(capped), NgramBag.Vector(huge), new BagComparer());
        Assert.Equal(MarginOf(capped, lexicon), MarginOf(huge, lexicon), 6);
    }

    private sealed class BagComparer : IEqualityComparer<(int[] Buckets, float[] Values)>
    {
        public bool Equals((int[] Buckets, float[] Values) x, (int[] Buckets, float[] Values) y) =>
            x.Buckets.SequenceEqual(y.Buckets) && x.Values.SequenceEqual(y.Values);

        public int GetHashCode((int[] Buckets, float[] Values) obj) => obj.Buckets.Length;
    }
}
