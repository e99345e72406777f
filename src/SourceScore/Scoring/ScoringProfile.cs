namespace SourceScore.Scoring;

/// <summary>
/// What applies to one article: each rule's severity (null when the rule is off) and the signal weights — the scorer's,
/// or those of the configuration overrides its source matches. Immutable and thread-safe.
/// </summary>
internal sealed class ScoringProfile(Severity?[] severities, OverallWeights weights)
{
    public OverallWeights Weights { get; } = weights;

    /// <summary>Gets the effective severity of a rule, or <see langword="null"/> when it is off.</summary>
    public Severity? SeverityOf(int ruleIndex) => severities[ruleIndex];
}
