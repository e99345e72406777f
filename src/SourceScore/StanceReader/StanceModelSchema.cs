using Microsoft.ML.Data;

namespace SourceScore.StanceReader;

/// <summary>One row of a stance model (one class against the rest): the features of a headline and body and, in training, whether the pair is of that class.</summary>
internal sealed class StanceModelInput
{
    public const int FeatureCount = 45;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;

    static StanceModelInput()
    {
        if (StanceFeatures.Count != FeatureCount)
        {
            throw new InvalidOperationException($"StanceModelInput.FeatureCount ({FeatureCount}) must equal StanceFeatures.Count ({StanceFeatures.Count}).");
        }
    }
}
