namespace SourceScore;

/// <summary>What a configuration file sets a rule to: off, or the severity its findings get.</summary>
public enum RuleLevel
{
    /// <summary>The rule's findings are neither kept nor counted (<see cref="ScorerBuilder.Suppress"/>).</summary>
    Off = 0,

    /// <summary>Findings are kept at <see cref="Severity.Info"/>.</summary>
    Info = 1,

    /// <summary>Findings are kept at <see cref="Severity.Warning"/>.</summary>
    Warning = 2,

    /// <summary>Findings are kept at <see cref="Severity.Error"/>.</summary>
    Error = 3,
}
