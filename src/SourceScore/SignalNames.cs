namespace SourceScore;

/// <summary>The lower-case names the output contract uses for <see cref="Signal"/> and <see cref="Severity"/>.</summary>
/// <remarks>Static and thread-safe.</remarks>
public static class SignalNames
{
    /// <summary>Gets the contract name of a signal (<c>markup</c>, <c>machine</c>, <c>claims</c>, <c>agreement</c>, <c>source</c>).</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is not a defined value.</exception>
    public static string ToName(this Signal signal) => signal switch
    {
        Signal.Markup => "markup",
        Signal.Machine => "machine",
        Signal.Claims => "claims",
        Signal.Agreement => "agreement",
        Signal.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown signal."),
    };

    /// <summary>Gets the contract name of a severity (<c>info</c>, <c>warning</c>, <c>error</c>).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Gets the output name of a trust band (<c>reliable</c>, <c>generally-reliable</c>, <c>caution</c>, <c>unreliable</c>).</summary>
    /// <param name="band">The band.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is not a defined value.</exception>
    public static string ToName(this TrustBand band) => band switch
    {
        TrustBand.Reliable => "reliable",
        TrustBand.GenerallyReliable => "generally-reliable",
        TrustBand.Caution => "caution",
        TrustBand.Unreliable => "unreliable",
        TrustBand.Unscored => "unscored",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Unknown band."),
    };

    /// <summary>Gets the contract name of a stance (<c>agree</c>, <c>disagree</c>, <c>discuss</c>, <c>unrelated</c>).</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not a defined value.</exception>
    public static string ToName(this Stance stance) => stance switch
    {
        Stance.Agree => "agree",
        Stance.Disagree => "disagree",
        Stance.Discuss => "discuss",
        Stance.Unrelated => "unrelated",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, "Unknown stance."),
    };

    /// <summary>Gets the output name of a copy kind (<c>near-copy</c>, <c>reworded</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToName(this CopyKind kind) => kind switch
    {
        CopyKind.NearCopy => "near-copy",
        CopyKind.Reworded => "reworded",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown copy kind."),
    };

    /// <summary>Gets the first digit of the rule ids of a signal's range (<c>SS1xxx</c> for markup, and so on).</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>1 to 5.</returns>
    public static int RuleRangeDigit(this Signal signal) => (int)signal;
}
