using SourceScore.Scoring;

namespace SourceScore.Signals.Machine;

/// <summary>
/// Reads <c>signals.machine.risk</c> from what <see cref="MachineProseCheck"/> recorded: the model's
/// probability mapped so that the threshold chosen in training (false-positive rate on human news at most
/// a few per cent, models/machine-v1.md) sits at 0.5; at most 0.25 for texts too short to judge.
/// </summary>
internal sealed class MachineSignalEvaluator : SignalEvaluator
{
    public static readonly MachineSignalEvaluator Instance = new();

    private MachineSignalEvaluator()
    {
    }

    public override Signal Signal => Signal.Machine;

    /// <summary>English only: its models and word lists were trained and written on English news.</summary>
    public override bool Judges(ArticleLanguage language) => JudgesEnglish(language);

    public override string NotJudgedReason(ArticleLanguage language) => EnglishOnlyReason(language);

    public override SignalScore Evaluate(CheckContext context) =>
        new(Signal.Machine, context.RiskOf(Signal.Machine) ?? 0, []);
}
