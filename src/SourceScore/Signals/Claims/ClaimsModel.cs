using SourceScore.Models;

namespace SourceScore.Signals.Claims;

/// <summary>
/// The check-worthiness model and its word weights, embedded in the package (models/claims-v1.zip and
/// models/claims-v1.lex, see models/claims-v1.md), loaded lazily once. Thread-safe.
/// </summary>
internal static class ClaimsModel
{
    public const string ModelResource = "SourceScore.Models.claims-v1.zip";
    public const string WeightsResource = "SourceScore.Models.claims-v1.lex";

    private static readonly EmbeddedModel s_model = new(ModelResource, ClaimFeatures.Stamp);

    private static readonly Lazy<ClaimWeights> s_weights = new(LoadWeights, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ClaimWeights Weights => s_weights.Value;

    /// <summary>The model's probability that the sentence whose features these are makes a check-worthy factual claim.</summary>
    public static double Probability(ReadOnlySpan<float> features) => s_model.Probability(features);

    /// <summary>The probabilities of many sentences at once, their features one after another (faster than one by one).</summary>
    public static void Probabilities(ReadOnlySpan<float> rows, Span<double> probabilities) => s_model.Probabilities(rows, probabilities);

    private static ClaimWeights LoadWeights()
    {
        using var stream = EmbeddedModel.OpenResource(WeightsResource, "word-weights table");
        return ClaimWeights.Read(stream);
    }
}
