using SourceScore.Signals.Machine;

namespace SourceScore.Deep;

/// <summary>
/// The machine-prose judgement with sentence embeddings: embeds the article's sentences and windows
/// (<see cref="DeepMachineFeatures"/>), adds what they say to the fast features, and asks the deep model; the
/// sentence whose embedding reads most machine-written is where SS2001 points. Stateless and thread-safe.
/// </summary>
internal sealed class DeepMachineEvidence : IMachineEvidence
{
    public MachineJudgement Judge(CheckContext context, ReadOnlySpan<float> features)
    {
        var text = context.Text;
        var pieces = DeepMachineFeatures.Cut(text, context.Sentences);
        Span<float> all = stackalloc float[DeepMachineModel.FeatureCount];
        features.CopyTo(all);
        var margins = new float[pieces.Sentences.Length];
        var weights = DeepMachineModel.Weights;
        if (!pieces.IsEmpty)
        {
            var embedded = DeepMachineFeatures.Embed(pieces, SentenceEmbedder.Shared, context.CancellationToken);
            DeepMachineFeatures.Compute(embedded, weights, all[MachineFeatures.Count..], margins);
        }

        var most = default(TextSpan);
        float best = float.NegativeInfinity;
        for (int k = 0; k < margins.Length; k++)
        {
            if (margins[k] > best)
            {
                (best, most) = (margins[k], pieces.SentenceSpans[k]);
            }
        }

        return new MachineJudgement(DeepMachineModel.Probability(all), weights.Threshold, most);
    }
}
