namespace SourceScore;

/// <summary>Why scoring one article failed: the rule (SS5010), the exception's type and its message, never a stack trace.</summary>
/// <param name="Rule">The rule that reports the failure, <see cref="ScorerRules.ScoringFailed"/>.</param>
/// <param name="Type">The exception's type name, such as <c>System.FormatException</c>.</param>
/// <param name="Message">The exception's message.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScoringError(Rule Rule, string Type, string Message);
