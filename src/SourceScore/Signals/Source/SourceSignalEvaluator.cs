using SourceScore.Scoring;

namespace SourceScore.Signals.Source;

/// <summary>
/// Reads <c>signals.source.risk</c> from the article facts <see cref="ArticleFactsCheck"/> reported (suppressed
/// rules do not count): 1 − Π (1 − wᵣ) with <see cref="ArticleFactsCheck.WeightOf"/> (no byline 0.08, no dateline or
/// date 0.08, unlabelled opinion 0.3, unsupported headline 0.6, no text at all 1); <c>facts</c> counts them.
/// </summary>
internal sealed class SourceSignalEvaluator : SignalEvaluator
{
    public const string FactsCount = "facts";

    public static readonly SourceSignalEvaluator Instance = new();

    private SourceSignalEvaluator()
    {
    }

    public override Signal Signal => Signal.Source;

    public override SignalScore Evaluate(CheckContext context)
    {
        int facts = 0;
        double kept = 1;
        foreach (var finding in context.Findings)
        {
            double weight = finding.Rule.Signal == Signal.Source ? ArticleFactsCheck.WeightOf(finding.Rule) : 0;
            if (weight > 0)
            {
                facts++;
                kept *= 1 - weight;
            }
        }

        return new SignalScore(Signal.Source, Math.Round(1 - kept, 4), [new SignalCount(FactsCount, facts)]);
    }
}
