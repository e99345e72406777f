using SourceScore.Models;
using SourceScore.Signals.Machine;

namespace SourceScore.Deep;

/// <summary>
/// The deep machine-prose model embedded in this package (models/machine-deep-v1.zip: FastTree over the fast
/// <see cref="MachineFeatures"/> and the <see cref="DeepMachineFeatures"/>; models/machine-deep-v1.bin: the
/// embeddings' linear read-outs and the decision threshold; see models/machine-deep-v1.md). Loaded lazily, once.
/// </summary>
internal static class DeepMachineModel
{
    public const string ModelResource = "SourceScore.Deep.machine-deep-v1.zip";
    public const string WeightsResource = "SourceScore.Deep.machine-deep-v1.bin";

    /// <summary>The model's feature count: the fast features, then the deep ones.</summary>
    public static readonly int FeatureCount = MachineFeatures.Count + DeepMachineFeatures.Count;

    /// <summary>
    /// The stamp the model carries: the fast machine features then the deep ones, schema version 100 × the machine
    /// schema + the deep schema (<see cref="DeepMachineFeatures.SchemaVersion"/>), so a change to either refuses the model.
    /// </summary>
    public static ModelStamp Stamp => new("machine+deep", (100 * MachineFeatures.SchemaVersion) + DeepMachineFeatures.SchemaVersion, FeatureCount);

    private static readonly EmbeddedModel s_model = new(ModelResource, Stamp, typeof(DeepMachineModel).Assembly);

    private static readonly Lazy<DeepWeights> s_weights = new(LoadWeights, LazyThreadSafetyMode.ExecutionAndPublication);

    public static DeepWeights Weights => s_weights.Value;

    public static double Probability(ReadOnlySpan<float> features) => s_model.Probability(features);

    private static DeepWeights LoadWeights()
    {
        using var stream = EmbeddedModel.OpenResource(WeightsResource, "deep weights", typeof(DeepMachineModel).Assembly);
        return DeepWeights.Read(stream);
    }
}
