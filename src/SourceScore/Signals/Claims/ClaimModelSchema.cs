using Microsoft.ML.Data;

namespace SourceScore.Signals.Claims;

/// <summary>One row of the check-worthiness model: the features of a sentence and, in training, whether it is check-worthy.</summary>
internal sealed class ClaimModelInput
{
    public const int FeatureCount = 48;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;

    static ClaimModelInput()
    {
        if (ClaimFeatures.Count != FeatureCount)
        {
            throw new InvalidOperationException($"ClaimModelInput.FeatureCount ({FeatureCount}) must equal ClaimFeatures.Count ({ClaimFeatures.Count}).");
        }
    }
}
