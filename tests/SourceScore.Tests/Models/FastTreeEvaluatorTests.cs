using SourceScore.Index;
using SourceScore.Models;
using SourceScore.Signals.Agreement;
using SourceScore.Signals.Claims;
using SourceScore.Signals.Machine;
using SourceScore.Signals.Markup;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Tests.Models;

public sealed class FastTreeEvaluatorTests
{
    private static readonly string[] s_seeds = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Claims_model_gives_what_MLNET_gives_on_every_seed_sentence_and_perturbed_copies()
    {
        var vectors = new List<float[]>();
        foreach (var path in s_seeds)
        {
            string text = File.ReadAllText(path);
            var sentences = new List<TextSpan>();
            SentenceSplitter.Split(text, sentences);
            foreach (var sentence in sentences)
            {
                var tokens = WordScanner.Scan(text, sentence, new Token[SentenceCues.MaxTokens]);
                var features = new float[ClaimFeatures.Count];
                ClaimFeatures.Extract(text, tokens, SentenceCues.Of(text, tokens), ClaimsModel.Weights, features);
                vectors.Add(features);
            }
        }

        AssertSame<ClaimModelInput>(ClaimsModel.ModelResource, ClaimFeatures.Stamp, vectors, (input, v) => input.Features = v);
    }

    [Theory]
    [InlineData(Stance.Agree)]
    [InlineData(Stance.Disagree)]
    [InlineData(Stance.Discuss)]
    [InlineData(Stance.Unrelated)]
    public void Stance_models_give_what_MLNET_gives_on_seed_headlines_against_seed_bodies(Stance stance)
    {
        var lexicon = StanceModel.Lexicon;
        var texts = s_seeds.Select(File.ReadAllText).ToArray();
        var vectors = new List<float[]>();
        foreach (var headline in texts.Select(t => t.Split('\n')[0]))
        {
            var h = StanceDocument.Of(headline, lexicon);
            foreach (var body in texts)
            {
                var features = new float[StanceFeatures.Count];
                StanceFeatures.Extract(h, StanceDocument.Of(body, lexicon), lexicon, features);
                vectors.Add(features);
            }
        }

        AssertSame<StanceModelInput>(StanceModel.ResourceOf(stance), StanceFeatures.Stamp, vectors, (input, v) => input.Features = v);
    }

    [Fact]
    public void Stance_predictions_in_a_batch_are_the_ones_made_one_pair_at_a_time()
    {
        var lexicon = StanceModel.Lexicon;
        var texts = s_seeds.Select(File.ReadAllText).ToArray();
        var bodies = texts.Select(t => StanceDocument.Of(t, lexicon)).ToArray();
        var pairs = new List<(StanceDocument, StanceDocument)>();
        foreach (var text in texts)
        {
            var sentences = new List<TextSpan>();
            SentenceSplitter.Split(text, sentences);
            pairs.AddRange(sentences.Take(6).SelectMany(s => bodies.Select(b => (StanceDocument.Of(text, [s], lexicon), b))));
        }

        var batch = new StancePrediction[pairs.Count];
        StanceModel.PredictMany(pairs, batch);
        for (int i = 0; i < pairs.Count; i++)
        {
            var one = StanceModel.Predict(pairs[i].Item1, pairs[i].Item2);
            Assert.Equal(one.Stance, batch[i].Stance);
            Assert.Equal(one.Agree, batch[i].Agree, 12);
            Assert.Equal(one.Disagree, batch[i].Disagree, 12);
            Assert.Equal(one.Discuss, batch[i].Discuss, 12);
            Assert.Equal(one.Unrelated, batch[i].Unrelated, 12);
        }

        Assert.True(batch.Select(p => p.Stance).Distinct().Count() >= 3, "the pairs do not reach three stances");
    }

    [Fact]
    public void Machine_model_gives_what_MLNET_gives_on_the_seeds_and_perturbed_copies()
    {
        var vectors = new List<float[]>();
        foreach (var path in s_seeds)
        {
            string text = File.ReadAllText(path);
            var features = new float[MachineFeatures.Count];
            var views = new ArticleViews(text);
            MachineFeatures.Extract(text, views.Lines.Spans, views.Sentences, MachineModel.Lexicon, features, null);
            vectors.Add(features);
        }

        AssertSame<MachineModelInput>(MachineModel.ModelResource, MachineFeatures.Stamp, vectors, (input, v) => input.Features = v);
    }

    [Fact]
    public void Copy_model_gives_what_MLNET_gives_on_every_pair_of_seeds_and_test_stories()
    {
        var texts = s_seeds.Select(File.ReadAllText).Concat([Testing.CopyStories.Original, Testing.CopyStories.Reworded, Testing.CopyStories.Independent]).ToArray();
        var prints = texts.Select(t => CopyPrint.Of(t, StanceModel.Lexicon)).ToArray();
        var vectors = new List<float[]>();
        foreach (var article in prints)
        {
            foreach (var original in prints)
            {
                var features = new float[CopyFeatures.Count];
                CopyFeatures.Write(CopyAlignment.Align(article, original).Evidence, features);
                vectors.Add(features);
            }
        }

        AssertSame<CopyModelInput>(CopyModel.ModelResource, CopyFeatures.Stamp, vectors, (input, v) => input.Features = v);
    }

    [Fact]
    public void A_model_threshold_reads_back_as_written_and_a_model_without_one_is_refused()
    {
        using var dir = new Testing.TemporaryDirectory("sourcescore-threshold");
        string path = EmptyModelZip(dir);
        using (var stream = File.OpenRead(path))
        {
            var error = Assert.Throws<InvalidOperationException>(() => ModelThreshold.Read(stream, "some-model.zip"));
            Assert.Contains("'some-model.zip' carries no decision threshold", error.Message, StringComparison.Ordinal);
        }

        ModelThreshold.Write(path, 1.5);
        using (var stream = File.OpenRead(path))
        {
            var error = Assert.Throws<InvalidOperationException>(() => ModelThreshold.Read(stream, "some-model.zip"));
            Assert.Contains("out of (0, 1): 1.5", error.Message, StringComparison.Ordinal);
        }

        ModelThreshold.Write(path, 0.25);
        using var again = File.OpenRead(path);
        Assert.Equal(0.25, ModelThreshold.Read(again, "some-model.zip"));
        Assert.InRange(CopyModel.Threshold, 0.01, 0.99);
    }

    [Fact]
    public void Markup_model_gives_what_MLNET_gives_on_random_finding_counts()
    {
        // Sparse finding counts (log scale) in articles of realistic length and line count.
        var random = new Random(7);
        var vectors = new List<float[]>();
        for (int i = 0; i < 200; i++)
        {
            var v = Enumerable.Range(0, MarkupFeatures.Count).Select(_ => random.Next(8) != 0 ? 0f : MathF.Log(1 + random.Next(1, 6))).ToArray();
            v[^3] = random.Next(2) == 0 ? 0 : (float)(random.NextDouble() * 0.2);
            v[^2] = (float)(5 + (random.NextDouble() * 5));
            v[^1] = (float)(1 + (random.NextDouble() * 4));
            vectors.Add(v);
        }

        // The markup model separates its training data on the damaged share almost alone: both sides of that split are enough.
        AssertSame<MarkupModelInput>(MarkupSignalEvaluator.ModelResource, MarkupFeatures.Stamp, vectors, (input, v) => input.Features = v, minDistinct: 2);
    }

    [Fact]
    public void A_model_with_the_wrong_feature_count_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedModel.Load(ClaimsModel.ModelResource, ClaimFeatures.Stamp with { Count = ClaimFeatures.Count + 1 }, out _));
        Assert.Contains("out of step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_trained_on_another_feature_schema_is_refused_naming_the_model_and_both_versions()
    {
        var expected = MarkupFeatures.Stamp with { Schema = MarkupFeatures.SchemaVersion + 1 };
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedModel.Load(MarkupSignalEvaluator.ModelResource, expected, out _));
        Assert.Contains(MarkupSignalEvaluator.ModelResource, error.Message, StringComparison.Ordinal);
        Assert.Contains($"trained on markup feature schema {MarkupFeatures.SchemaVersion} ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"computes markup feature schema {MarkupFeatures.SchemaVersion + 1} ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_a_stamp_is_refused_and_a_stamp_reads_back_as_written()
    {
        using var dir = new Testing.TemporaryDirectory("sourcescore-stamp");
        string path = EmptyModelZip(dir);
        using (var stream = File.OpenRead(path))
        {
            var error = Assert.Throws<InvalidOperationException>(() => ModelStamp.Check("some-model.zip", ModelStamp.Read(stream), ClaimFeatures.Stamp));
            Assert.Contains("'some-model.zip' carries no feature-schema stamp", error.Message, StringComparison.Ordinal);
        }

        ModelStamp.Write(path, ClaimFeatures.Stamp);
        ModelStamp.Write(path, ClaimFeatures.Stamp); // written again, replaced
        using var again = File.OpenRead(path);
        Assert.Equal(ClaimFeatures.Stamp, ModelStamp.Read(again));
    }

    /// <summary>A model zip with nothing of the project's in it (no stamp, no threshold).</summary>
    private static string EmptyModelZip(Testing.TemporaryDirectory dir)
    {
        string path = Path.Combine(dir.Path, "model.zip");
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create);
        zip.CreateEntry("Model/Model.key");
        return path;
    }

    [Fact]
    public void Every_shipped_model_carries_the_stamp_of_the_features_the_library_computes()
    {
        foreach (var (resource, stamp) in new[] { (MarkupSignalEvaluator.ModelResource, MarkupFeatures.Stamp), (MachineModel.ModelResource, MachineFeatures.Stamp), (ClaimsModel.ModelResource, ClaimFeatures.Stamp), (CopyModel.ModelResource, CopyFeatures.Stamp) }
            .Concat(StanceModel.Classes.Select(c => (StanceModel.ResourceOf(c), StanceFeatures.Stamp))))
        {
            using var stream = EmbeddedModel.OpenResource(resource, "model");
            Assert.Equal(stamp, ModelStamp.Read(stream));
        }
    }

    /// <summary>Each vector, and five copies with every feature scaled by a random factor in [0, 2), get the same probability from both.</summary>
    private static void AssertSame<TInput>(string resource, ModelStamp stamp, List<float[]> vectors, Action<TInput, float[]> set, int minDistinct = 10)
        where TInput : class, new()
    {
        int featureCount = stamp.Count;
        var transformer = EmbeddedModel.Load(resource, stamp, out var ml);
        var engine = ml.Model.CreatePredictionEngine<TInput, BinaryModelOutput>(transformer);
        var evaluator = FastTreeEvaluator.From(transformer, featureCount);
        var random = new Random(11);
        int compared = 0;
        var distinct = new HashSet<double>();
        var all = new List<float[]>();
        foreach (var vector in vectors)
        {
            for (int copy = 0; copy < 6; copy++)
            {
                var v = copy == 0 ? vector : vector.Select(x => x * (float)(random.NextDouble() * 2)).ToArray();
                var input = new TInput();
                set(input, v);
                double expected = engine.Predict(input).Probability;
                double actual = evaluator.Probability(v);
                Assert.True(Math.Abs(expected - actual) < 1e-5, $"{resource}: ML.NET {expected}, evaluator {actual}");
                distinct.Add(Math.Round(evaluator.Score(v), 4));
                all.Add(v);
                compared++;
            }
        }

        // A missing feature (NaN) goes right at every split, as in ML.NET, and a walk that reaches a leaf stays on it.
        foreach (var vector in vectors.Take(20))
        {
            var v = vector.Select((x, i) => i % 3 == random.Next(3) ? float.NaN : x).ToArray();
            var input = new TInput();
            set(input, v);
            double expected = engine.Predict(input).Probability;
            Assert.True(Math.Abs(expected - evaluator.Probability(v)) < 1e-5, $"{resource} with missing features: ML.NET {expected}, evaluator {evaluator.Probability(v)}");
            all.Add(v);
        }

        // In a batch (eight rows side by side, then four, then one at a time for the rest) each row gets exactly its own probability: the first rows, and the last (with missing features).
        for (int n = 1; n <= Math.Min(all.Count, 21); n += 5)
        {
            foreach (var some in new[] { all.Take(n).ToList(), all.Skip(all.Count - n).ToList() })
            {
                var rows = some.SelectMany(v => v.Take(featureCount)).ToArray();
                var batch = new double[n];
                evaluator.Probabilities(rows, batch);
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal(evaluator.Probability(some[i]), batch[i]);
                }
            }
        }

        Assert.True(compared >= 30, $"only {compared} vectors compared");
        Assert.True(distinct.Count >= minDistinct, $"only {distinct.Count} distinct scores: the vectors do not exercise the trees");
    }
}
