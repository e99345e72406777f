using Microsoft.ML.Data;

namespace SourceScore.Signals.Machine;

/// <summary>One row of the machine-prose model: the features and, in training, whether a machine wrote the text.</summary>
internal sealed class MachineModelInput
{
    public const int FeatureCount = 166;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;

    static MachineModelInput()
    {
        if (MachineFeatures.Count != FeatureCount)
        {
            throw new InvalidOperationException($"MachineModelInput.FeatureCount ({FeatureCount}) must equal MachineFeatures.Count ({MachineFeatures.Count}).");
        }
    }
}
