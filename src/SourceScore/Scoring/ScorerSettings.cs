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
        OrderedCheckIndex = Array.FindIndex(checks, c => c is IOrderedCheck);
        OrderedCheck = OrderedCheckIndex < 0 ? null : (IOrderedCheck)checks[OrderedCheckIndex];
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
        _readers = Array.ConvertAll(checks, c => ReadersOf(c, evaluators));
    }

    /// <summary>For each check, the evaluators of the signals it reports to; null when one of them has no evaluator (it always runs).</summary>
    private readonly SignalEvaluator[]?[] _readers;

    /// <summary>
    /// Gets whether check <paramref name="checkIndex"/> runs on an article in <paramref name="language"/>: unless every
    /// signal it reports to is one that does not judge that language (<see cref="SignalEvaluator.Judges"/>).
    /// </summary>
    public bool Runs(int checkIndex, ArticleLanguage language)
    {
        var readers = _readers[checkIndex];
        if (readers is null)
        {
            return true;
        }

        foreach (var evaluator in readers)
        {
            if (evaluator.Judges(language))
            {
                return true;
            }
        }

        return false;
    }

    private static SignalEvaluator[]? ReadersOf(ICheck check, SignalEvaluator[] evaluators)
    {
        var readers = new List<SignalEvaluator>();
        foreach (var signal in check.Rules.Select(r => r.Signal).Distinct())
        {
            var evaluator = Array.Find(evaluators, e => e.Signal == signal);
            if (evaluator is null)
            {
                return null;
            }

            readers.Add(evaluator);
        }

        return readers.Count == 0 ? null : [.. readers];
    }

    public ScorerOptions Options { get; }

    /// <summary>Gets where the scorer tells an operator about limits reached; the null logger unless one was given.</summary>
    public Microsoft.Extensions.Logging.ILogger Logger { get; init; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public ICheck[] Checks { get; }

    /// <summary>Gets the check among <see cref="Checks"/> whose ordered step runs before the checks (the agreement check), or null.</summary>
    public IOrderedCheck? OrderedCheck { get; }

    /// <summary>Gets the place of <see cref="OrderedCheck"/> in <see cref="Checks"/>, or -1.</summary>
    public int OrderedCheckIndex { get; }

    /// <summary>Gets every rule of every check and of the scorer itself, in id order.</summary>
    public Rule[] Rules { get; }

    public SignalEvaluator[] Evaluators { get; }

    public FrozenDictionary<string, int> RuleIndex { get; }

    /// <summary>Gets the effective severity of a rule, or <see langword="null"/> when it is suppressed.</summary>
    public Severity? SeverityOf(int ruleIndex) => _severities[ruleIndex];
}
