using Microsoft.ML.Data;

namespace SourceScore.Signals.Agreement;

/// <summary>One row of the copy model: the features of an alignment and, in training, whether the article is derived from the original.</summary>
internal sealed class CopyModelInput
{
    public const int FeatureCount = 16;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;

    static CopyModelInput()
    {
        if (CopyFeatures.Count != FeatureCount)
        {
            throw new InvalidOperationException($"CopyModelInput.FeatureCount ({FeatureCount}) must equal CopyFeatures.Count ({CopyFeatures.Count}).");
        }
    }
}
