using Microsoft.ML.Data;

namespace SourceScore.Signals.Markup;

/// <summary>One row of the markup risk model: the features and, in training, whether the text was damaged.</summary>
internal sealed class MarkupModelInput
{
    public const int FeatureCount = 23;

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public bool Label { get; set; }

    static MarkupModelInput()
    {
        if (MarkupFeatures.Count != FeatureCount)
        {
            throw new InvalidOperationException($"MarkupModelInput.FeatureCount ({FeatureCount}) must equal MarkupFeatures.Count ({MarkupFeatures.Count}).");
        }
    }
}
