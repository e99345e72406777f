using SourceScore.Models;
using SourceScore.Scoring;

namespace SourceScore.Signals.Markup;

/// <summary>
/// Turns the markup findings into <c>signals.markup.risk</c>. A FastTree classifier trained on clean and
/// damaged news (models/markup-v1.md) gives the probability p that the text is damaged. Below 0.5 the
/// risk is p; from 0.5 it is 0.5 + 0.5 × extent, where extent grows with the amount of damage
/// (<see cref="MarkupFeatures.Extent"/>). With no markup finding at all the risk stays at or below 0.1: a
/// risk must be explained by findings. So the decision "damaged" is the classifier's, made at risk 0.5,
/// and the risk above that says how garbled: one small defect in a long article sits just above 0.5,
/// a page full of debris near 1.
/// </summary>
internal sealed class MarkupSignalEvaluator : SignalEvaluator
{
    public const string ModelResource = "SourceScore.Models.markup-v1.zip";

    public static readonly MarkupSignalEvaluator Instance = new();

    private const double MaxRiskWithoutFindings = 0.1;

    private static readonly EmbeddedModel s_model = new(ModelResource, MarkupFeatures.Stamp);

    private MarkupSignalEvaluator()
    {
    }

    public override Signal Signal => Signal.Markup;

    public override SignalScore Evaluate(CheckContext context)
    {
        // The risk must be explained by findings a person can act on: with none, the text is not called damaged.
        double p = MarkupFeatures.FindingCount(context) == 0 ? Math.Min(DamageProbability(context), MaxRiskWithoutFindings) : DamageProbability(context);
        double risk = p < 0.5 ? p : 0.5 + (0.5 * MarkupFeatures.Extent(context));
        return new SignalScore(Signal.Markup, Math.Round(Math.Clamp(risk, 0, 1), 4), []);
    }

    internal static double DamageProbability(CheckContext context)
    {
        Span<float> features = stackalloc float[MarkupFeatures.Count];
        MarkupFeatures.Extract(context, features);
        return s_model.Probability(features);
    }
}
