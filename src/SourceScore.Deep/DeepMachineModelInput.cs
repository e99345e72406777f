using Microsoft.ML.Data;
using SourceScore.Signals.Machine;

namespace SourceScore.Deep;

/// <summary>One row of the deep machine-prose model: the fast features, then the deep ones, and, in training, the label.</summary>
internal sealed class DeepMachineModelInput
{
    public const int FeatureCount = 171;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;

    static DeepMachineModelInput()
    {
        if (MachineFeatures.Count + DeepMachineFeatures.Count != FeatureCount)
        {
            throw new InvalidOperationException($"DeepMachineModelInput.FeatureCount ({FeatureCount}) must equal the fast and deep feature counts together.");
        }
    }
}
