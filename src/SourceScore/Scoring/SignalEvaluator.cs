namespace SourceScore.Scoring;

/// <summary>
/// Turns what the checks of one signal found into that signal's <see cref="SignalScore"/>. One per
/// signal, registered with the signal's checks; stateless and thread-safe.
/// </summary>
internal abstract class SignalEvaluator
{
    public abstract Signal Signal { get; }

    public abstract SignalScore Evaluate(CheckContext context);
}
