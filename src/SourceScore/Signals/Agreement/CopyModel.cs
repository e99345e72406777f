using SourceScore.Models;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// The copy model, embedded in the package (models/copy-v1.zip, see models/copy-v1.md), loaded lazily once: from what
/// an alignment measured (<see cref="CopyEvidence"/>), whether an article is derived from a candidate original. Its
/// threshold, chosen by its trainer for few false alarms on independent coverage of one event, is kept in the same zip
/// (<see cref="ModelThreshold"/>). Thread-safe.
/// </summary>
internal static class CopyModel
{
    public const string ModelResource = "SourceScore.Models.copy-v1.zip";

    private static readonly EmbeddedModel s_model = new(ModelResource, CopyFeatures.Stamp);

    private static readonly Lazy<double> s_threshold = new(() => ModelThreshold.Read(ModelResource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the probability from which an article is derived from the original.</summary>
    public static double Threshold => s_threshold.Value;

    /// <summary>The model's probability that the article behind <paramref name="evidence"/> is derived from the original.</summary>
    public static double Probability(in CopyEvidence evidence)
    {
        Span<float> features = stackalloc float[CopyFeatures.Count];
        CopyFeatures.Write(in evidence, features);
        return s_model.Probability(features);
    }

    /// <summary>Whether the model calls the article behind <paramref name="evidence"/> derived from the original.</summary>
    public static bool IsDerived(in CopyEvidence evidence) => Probability(in evidence) >= Threshold;
}
