using SourceScore.Signals.Machine;
using SourceScore.Text;

namespace SourceScore.Tests.Models;

public sealed class NgramBagTests
{
    private static readonly string[] s_seeds = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The margins as the model reads them: the last features <see cref="MachineFeatures.Extract"/> writes.</summary>
    private static double[] MarginsOf(string text, NewsLexicon lexicon)
    {
        var features = new float[MachineFeatures.Count];
        var views = new ArticleViews(text);
        MachineFeatures.Extract(text, views.Lines.Spans, views.Sentences, lexicon, features, null);
        return [.. features[^NgramBag.Models..].Select(f => (double)f)];
    }

    [Fact]
    public void Each_margin_read_in_one_pass_is_its_bias_plus_its_weights_times_the_training_vector_on_every_seed()
    {
        var lexicon = MachineModel.Lexicon;
        Assert.Equal(NgramBag.Buckets * NgramBag.Models, lexicon.NgramWeights.Length);
        Assert.Equal(NgramBag.Models, lexicon.NgramBiases.Length);
        Assert.Equal(NgramBag.ModelNames.Select(m => "ngram_margin_" + m), MachineFeatures.Names.TakeLast(NgramBag.Models));
        foreach (var path in s_seeds)
        {
            string text = File.ReadAllText(path);
            var (buckets, values) = NgramBag.Vector(text);
            var margins = MarginsOf(text, lexicon);
            for (int m = 0; m < NgramBag.Models; m++)
            {
                double expected = lexicon.NgramBiases[m];
                for (int i = 0; i < buckets.Length; i++)
                {
                    expected += lexicon.NgramWeights[(buckets[i] * NgramBag.Models) + m] * values[i];
                }

                Assert.Equal(expected, margins[m], 4);
            }

            Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
            Assert.True(buckets.Zip(buckets.Skip(1)).All(p => p.First < p.Second), "buckets sorted and distinct");
        }
    }

    [Fact]
    public void The_margins_are_the_same_on_every_reading_and_differ_between_texts_and_models()
    {
        var lexicon = MachineModel.Lexicon;
        string text = File.ReadAllText(s_seeds[0]);
        var once = MarginsOf(text, lexicon);
        Assert.Equal(once, MarginsOf(text, lexicon));
        Assert.NotEqual(once, MarginsOf(File.ReadAllText(s_seeds[1]), lexicon));
        Assert.NotEqual(once[0], once[1]);
    }

    [Fact]
    public void Without_weights_or_words_the_margins_are_zero_or_the_biases()
    {
        var lexicon = MachineModel.Lexicon;
        var none = lexicon.WithNgramWeights([], []);
        Assert.Empty(none.NgramWeights);
        Assert.All(MarginsOf("The minister said the budget would rise.", none), m => Assert.Equal(0, m));
        Assert.Equal(lexicon.NgramBiases.Select(b => (double)b), MarginsOf(string.Empty, lexicon));
        Assert.Equal(lexicon.NgramBiases.Select(b => (double)b), MarginsOf("   \n\t  ", lexicon));
    }

    [Fact]
    public void The_lexicon_keeps_its_weights_interleaved_through_writing_and_reading_at_half_precision()
    {
        var lexicon = MachineModel.Lexicon;
        var spun = new float[NgramBag.Buckets];
        var llm = new float[NgramBag.Buckets];
        spun[1] = 0.1f;
        llm[1] = -2f;
        llm[NgramBag.Buckets - 1] = -3.14159f;
        var written = lexicon.WithNgramWeights([spun, llm], [0.25f, -0.5f]);
        Assert.Equal((float)(Half)0.1f, written.NgramWeights[NgramBag.Models]);
        Assert.Equal(-2f, written.NgramWeights[NgramBag.Models + 1]);
        Assert.Equal((float)(Half)(-3.14159f), written.NgramWeights[^1]);

        using var stream = new MemoryStream();
        written.Write(stream);
        var read = NewsLexicon.Read(new MemoryStream(stream.ToArray()));
        Assert.Equal(written.NgramWeights, read.NgramWeights);
        Assert.Equal([0.25f, -0.5f], read.NgramBiases);
        Assert.Equal(written.DecisionThreshold, read.DecisionThreshold);
        Assert.Equal(written.NgramWeights, read.WithDecisionThreshold(0.5).NgramWeights);
    }

    [Fact]
    public void Weights_of_the_wrong_shape_are_refused()
    {
        var lexicon = MachineModel.Lexicon;
        Assert.Throws<ArgumentException>(() => lexicon.WithNgramWeights([new float[NgramBag.Buckets]], [0f]));
        Assert.Throws<ArgumentException>(() => lexicon.WithNgramWeights([new float[10], new float[10]], [0f, 0f]));
    }

    [Fact]
    public void A_huge_text_is_read_only_up_to_the_word_cap_in_training_as_in_serving()
    {
        var lexicon = MachineModel.Lexicon;
        string words = "alpha beta, gamma delta ";
        string huge = string.Concat(Enumerable.Repeat(words, 100_000));
        string capped = string.Concat(Enumerable.Repeat(words, MachineFeatures.MaxWords / 4)).TrimEnd();
        Assert.Equal(NgramBag.Vector(capped), NgramBag.Vector(huge), new BagComparer());
        Assert.Equal(MarginsOf(capped, lexicon), MarginsOf(huge, lexicon));
    }

    private sealed class BagComparer : IEqualityComparer<(int[] Buckets, float[] Values)>
    {
        public bool Equals((int[] Buckets, float[] Values) x, (int[] Buckets, float[] Values) y) =>
            x.Buckets.SequenceEqual(y.Buckets) && x.Values.SequenceEqual(y.Values);

        public int GetHashCode((int[] Buckets, float[] Values) obj) => obj.Buckets.Length;
    }
}
