using System.Buffers;
using SourceScore.Models;

namespace SourceScore.StanceReader;

/// <summary>
/// The stance model (models/stance-v1.*, see models/stance-v1.md): one Platt-calibrated FastTree binary model
/// per class, one class against the rest (what ML.NET's one-versus-all trainer builds, kept as four models so
/// that the library evaluates them from their trees), and the lexicon of its features. The four probabilities
/// are normalised to sum to one; the stance is the class with the highest probability times its decision
/// weight. Loaded lazily once. Thread-safe.
/// </summary>
internal static class StanceModel
{
    public const string LexiconResource = "SourceScore.Models.stance-v1.lex";

    /// <summary>The classes in model order.</summary>
    public static readonly Stance[] Classes = [Stance.Agree, Stance.Disagree, Stance.Discuss, Stance.Unrelated];

    private static readonly EmbeddedModel[] s_models = [.. Classes.Select(c => new EmbeddedModel(ResourceOf(c), StanceFeatures.Stamp))];

    private static readonly Lazy<StanceLexicon> s_lexicon = new(LoadLexicon, LazyThreadSafetyMode.ExecutionAndPublication);

    public static StanceLexicon Lexicon => s_lexicon.Value;

    /// <summary>The resource (and the file under models/) of one class's model.</summary>
    public static string ResourceOf(Stance stance) => $"SourceScore.Models.stance-v1.{stance.ToName()}.zip";

    /// <summary>The stance of a body towards a headline or claim, both already read.</summary>
    public static StancePrediction Predict(StanceDocument headline, StanceDocument body)
    {
        var lexicon = Lexicon;
        Span<float> features = stackalloc float[StanceFeatures.Count];
        StanceFeatures.Extract(headline, body, lexicon, features);
        return Decide(features, lexicon.DecisionWeights);
    }

    /// <summary>
    /// The stances of many pairs at once, the same as <see cref="Predict"/> one by one but with each model's trees
    /// walked once for the whole batch (<see cref="FastTreeEvaluator.Probabilities"/>).
    /// </summary>
    public static void PredictMany(IReadOnlyList<(StanceDocument Claim, StanceDocument Body)> pairs, Span<StancePrediction> predictions)
    {
        var lexicon = Lexicon;
        int n = pairs.Count, f = StanceFeatures.Count;
        var rows = ArrayPool<float>.Shared.Rent(n * f);
        var p = ArrayPool<double>.Shared.Rent(n * 4);
        try
        {
            for (int i = 0; i < n; i++)
            {
                StanceFeatures.Extract(pairs[i].Claim, pairs[i].Body, lexicon, rows.AsSpan(i * f, f));
            }

            for (int c = 0; c < 4; c++)
            {
                s_models[c].Probabilities(rows.AsSpan(0, n * f), p.AsSpan(c * n, n));
            }

            Span<double> one = stackalloc double[4];
            for (int i = 0; i < n; i++)
            {
                for (int c = 0; c < 4; c++)
                {
                    one[c] = p[(c * n) + i];
                }

                predictions[i] = Prediction(one, lexicon.DecisionWeights);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rows);
            ArrayPool<double>.Shared.Return(p);
        }
    }

    /// <summary>The normalised probabilities of the four classes and the weighted decision, from the features.</summary>
    public static StancePrediction Decide(ReadOnlySpan<float> features, IReadOnlyList<double> decisionWeights)
    {
        Span<double> p = stackalloc double[4];
        for (int c = 0; c < 4; c++)
        {
            p[c] = s_models[c].Probability(features);
        }

        return Prediction(p, decisionWeights);
    }

    /// <summary>The prediction from the four models' probabilities (normalised in place by <see cref="Choose"/>).</summary>
    private static StancePrediction Prediction(Span<double> probabilities, IReadOnlyList<double> decisionWeights)
    {
        int best = Choose(probabilities, decisionWeights);
        return new StancePrediction(Classes[best], probabilities[0], probabilities[1], probabilities[2], probabilities[3]);
    }

    /// <summary>
    /// Normalises the four one-against-the-rest probabilities in place to sum to one (each at least 1e-6 first) and
    /// returns the class with the highest probability times its decision weight (training chooses the weights with it).
    /// </summary>
    public static int Choose(Span<double> probabilities, IReadOnlyList<double> decisionWeights)
    {
        double sum = 0;
        for (int c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = Math.Max(1e-6, probabilities[c]);
            sum += probabilities[c];
        }

        int best = 0;
        for (int c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] /= sum;
            if (probabilities[c] * decisionWeights[c] > probabilities[best] * decisionWeights[best])
            {
                best = c;
            }
        }

        return best;
    }

    private static StanceLexicon LoadLexicon()
    {
        using var stream = EmbeddedModel.OpenResource(LexiconResource, "stance lexicon");
        return StanceLexicon.Read(stream);
    }
}
