using System.Collections.Frozen;

namespace SourceScore.Scoring;

/// <summary>Everything a built <see cref="Scorer"/> uses, frozen. Immutable and thread-safe.</summary>
internal sealed class ScorerSettings
{
    private readonly Severity?[] _severities;

    public ScorerSettings(
        ScorerOptions options,
        ICheck[] checks,
        Rule[] rules,
        SignalEvaluator[] evaluators,
        IReadOnlyDictionary<string, Severity> severityOverrides,
        IReadOnlySet<string> suppressed)
    {
        Options = options;
        Checks = checks;
        OrderedCheck = Array.Find(checks, c => c is IOrderedCheck) as IOrderedCheck;
        Rules = rules;
        Evaluators = evaluators;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        _severities = new Severity?[rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            index[rules[i].Id] = i;
            _severities[i] = suppressed.Contains(rules[i].Id)
                ? null
                : severityOverrides.TryGetValue(rules[i].Id, out var s) ? s : rules[i].DefaultSeverity;
        }

        RuleIndex = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public ScorerOptions Options { get; }

    /// <summary>Gets where the scorer tells an operator about limits reached; the null logger unless one was given.</summary>
    public Microsoft.Extensions.Logging.ILogger Logger { get; init; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public ICheck[] Checks { get; }

    /// <summary>Gets the check among <see cref="Checks"/> whose ordered step runs before the checks (the agreement check), or null.</summary>
    public IOrderedCheck? OrderedCheck { get; }

    /// <summary>Gets every rule of every check and of the scorer itself, in id order.</summary>
    public Rule[] Rules { get; }

    public SignalEvaluator[] Evaluators { get; }

    public FrozenDictionary<string, int> RuleIndex { get; }

    /// <summary>Gets the effective severity of a rule, or <see langword="null"/> when it is suppressed.</summary>
    public Severity? SeverityOf(int ruleIndex) => _severities[ruleIndex];
}
