using System.Collections.Concurrent;
using System.Collections.Frozen;
using SourceScore.Configuration;

namespace SourceScore.Scoring;

/// <summary>Everything a built <see cref="Scorer"/> uses, frozen. Immutable and thread-safe.</summary>
internal sealed class ScorerSettings
{
    private readonly ConfigurationOverride[] _sourceOverrides;
    private readonly IReadOnlyDictionary<string, Severity> _severityOverrides;
    private readonly IReadOnlySet<string> _suppressed;
    private readonly IReadOnlyDictionary<Signal, double> _weightOverrides;
    private readonly ConcurrentDictionary<ulong, ScoringProfile> _profiles = new();

    public ScorerSettings(
        ScorerOptions options,
        ICheck[] checks,
        Rule[] rules,
        SignalEvaluator[] evaluators,
        IReadOnlyDictionary<string, Severity> severityOverrides,
        IReadOnlySet<string> suppressed,
        SourceScoreConfiguration? configuration = null,
        IReadOnlyDictionary<Signal, double>? weightOverrides = null)
    {
        configuration ??= SourceScoreConfiguration.Empty;
        Options = options;
        Checks = checks;
        OrderedCheckIndex = Array.FindIndex(checks, c => c is IOrderedCheck);
        OrderedCheck = OrderedCheckIndex < 0 ? null : (IOrderedCheck)checks[OrderedCheckIndex];
        Rules = rules;
        Evaluators = evaluators;
        Configuration = configuration;
        House = HouseStyle.Of(configuration);
        // Copies: the builder that passed them may change after Build, and profiles are made later, on first use.
        _severityOverrides = severityOverrides.ToFrozenDictionary(StringComparer.Ordinal);
        _suppressed = suppressed.ToFrozenSet(StringComparer.Ordinal);
        _weightOverrides = (weightOverrides ?? new Dictionary<Signal, double>()).ToFrozenDictionary();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Length; i++)
        {
            index[rules[i].Id] = i;
        }

        RuleIndex = index.ToFrozenDictionary(StringComparer.Ordinal);
        _sourceOverrides = [.. configuration.Overrides.Where(o => o.Sources.Count > 0 && o.Files.Count == 0)];
        Default = new ScoringProfile(Severities(configuration.Rules), Weights(configuration.Weights));
        _readers = Array.ConvertAll(checks, c => ReadersOf(c, evaluators));
    }

    /// <summary>The same checks, rules and code settings with another configuration.</summary>
    /// <exception cref="SourceScoreConfigurationException">The configuration sets a rule no check reports.</exception>
    public ScorerSettings With(SourceScoreConfiguration configuration)
    {
        configuration.CheckRules(RuleIndex.ContainsKey);
        return new ScorerSettings(Options, Checks, Rules, Evaluators, _severityOverrides, _suppressed, configuration, _weightOverrides) { Logger = Logger };
    }

    /// <summary>Gets the configuration the scorer was built with (<see cref="SourceScoreConfiguration.Empty"/> when none).</summary>
    public SourceScoreConfiguration Configuration { get; }

    /// <summary>Gets the outlet's house lists, read for the checks.</summary>
    public HouseStyle House { get; }

    /// <summary>Gets the severities and weights of an article whose source no configuration override names.</summary>
    public ScoringProfile Default { get; }

    /// <summary>The severities and weights for an article from <paramref name="source"/>: the overrides it matches applied in order.</summary>
    public ScoringProfile ProfileFor(string source)
    {
        if (_sourceOverrides.Length == 0 || source.Length == 0)
        {
            return Default;
        }

        ulong matched = 0;
        for (int i = 0; i < _sourceOverrides.Length; i++)
        {
            if (_sourceOverrides[i].MatchesSource(source))
            {
                matched |= 1UL << i;
            }
        }

        return matched == 0 ? Default : _profiles.GetOrAdd(matched, static (mask, self) => self.Build(mask), this);
    }

    private ScoringProfile Build(ulong mask)
    {
        var rules = new Dictionary<string, RuleLevel>(Configuration.Rules, StringComparer.Ordinal);
        var weights = new Dictionary<Signal, double>(Configuration.Weights);
        for (int i = 0; i < _sourceOverrides.Length; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                foreach (var (id, level) in _sourceOverrides[i].Rules)
                {
                    rules[id] = level;
                }

                foreach (var (signal, weight) in _sourceOverrides[i].Weights)
                {
                    weights[signal] = weight;
                }
            }
        }

        return new ScoringProfile(Severities(rules), Weights(weights));
    }

    /// <summary>Each rule's severity: what the code says (suppressed, or set), else the configuration's level, else the rule's default.</summary>
    private Severity?[] Severities(IReadOnlyDictionary<string, RuleLevel> levels)
    {
        var severities = new Severity?[Rules.Length];
        for (int i = 0; i < Rules.Length; i++)
        {
            string id = Rules[i].Id;
            severities[i] = _suppressed.Contains(id) ? null
                : _severityOverrides.TryGetValue(id, out var s) ? s
                : levels.TryGetValue(id, out var level) ? level switch
                {
                    RuleLevel.Off => null,
                    RuleLevel.Info => Severity.Info,
                    RuleLevel.Warning => Severity.Warning,
                    _ => Severity.Error,
                }
                : Rules[i].DefaultSeverity;
        }

        return severities;
    }

    private OverallWeights Weights(IReadOnlyDictionary<Signal, double> configured)
    {
        double Of(Signal signal) =>
            _weightOverrides.TryGetValue(signal, out double w) ? w : configured.TryGetValue(signal, out w) ? w : OverallScore.Weights.Of(signal);
        return new OverallWeights(Of(Signal.Markup), Of(Signal.Machine), Of(Signal.Claims), Of(Signal.Agreement), Of(Signal.Source));
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
}
