using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SourceScore.Scoring;

namespace SourceScore;

/// <summary>
/// Configures a <see cref="Scorer"/>: which checks run, how rules are weighted, and the limits. Configure
/// once, then <see cref="Build"/> an immutable scorer and use it for every article.
/// </summary>
/// <remarks>
/// Check groups come from extension methods such as <c>UseMarkupChecks</c>. Not thread-safe; the scorer
/// it builds is.
/// </remarks>
public sealed class ScorerBuilder
{
    private readonly List<ICheck> _checks = [];
    private readonly List<SignalEvaluator> _evaluators = [];
    private readonly Dictionary<string, Severity> _severities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suppressed = new(StringComparer.Ordinal);
    private readonly Dictionary<Signal, double> _weights = [];
    private SourceScoreConfiguration _configuration = SourceScoreConfiguration.Empty;
    private ScorerOptions _options = ScorerOptions.Default;
    private ILogger _logger = NullLogger.Instance;

    /// <summary>Sets the limits and parallelism.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ScorerBuilder WithOptions(ScorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>
    /// Sets where the scorer tells a pipeline operator about articles that reached an input limit (a warning per
    /// such article, rules SS5001–SS5003). Nothing is logged for ordinary articles.
    /// </summary>
    /// <param name="logger">The logger.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is <see langword="null"/>.</exception>
    public ScorerBuilder WithLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        return this;
    }

    /// <summary>Adds a check; its findings count towards the signal of each rule it reports.</summary>
    /// <param name="check">The check; it must be stateless and thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    public ScorerBuilder AddCheck(ICheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _checks.Add(check);
        return this;
    }

    /// <summary>Overrides the severity of one rule.</summary>
    /// <param name="ruleId">The rule id, such as <c>SS1011</c>.</param>
    /// <param name="severity">The severity its findings get.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is empty.</exception>
    public ScorerBuilder SetSeverity(string ruleId, Severity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        _severities[ruleId] = severity;
        return this;
    }

    /// <summary>Suppresses one rule: its findings are neither kept nor counted.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is empty.</exception>
    public ScorerBuilder Suppress(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        _suppressed.Add(ruleId);
        return this;
    }

    /// <summary>
    /// Sets a signal's weight in the overall score: the share of the 100 points it can take off at risk 1, from 0 (it does
    /// not count) to 1. Defaults: markup 0.6, machine 0.95, claims 0.25, agreement 0.6, source 0.25.
    /// </summary>
    /// <param name="signal">The signal.</param>
    /// <param name="weight">The weight, from 0 to 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is not a signal, or <paramref name="weight"/> is outside [0, 1].</exception>
    public ScorerBuilder SetWeight(Signal signal, double weight)
    {
        if (!Enum.IsDefined(signal))
        {
            throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown signal.");
        }

        if (!(weight >= 0 && weight <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A signal's weight is from 0 to 1.");
        }

        _weights[signal] = weight;
        return this;
    }

    /// <summary>
    /// Applies a newsroom's configuration (<see cref="SourceScoreConfiguration"/>): rule levels, signal weights, house
    /// lists, and overrides by source (applied to each article by its <see cref="Article.Source"/>). Overrides by path apply
    /// through <see cref="SourceScoreConfiguration.ForFile"/>, which the caller that knows the file calls first. What is set
    /// in code (<see cref="SetSeverity"/>, <see cref="Suppress"/>, <see cref="SetWeight"/>) wins over the configuration.
    /// A later call replaces an earlier one.
    /// </summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is <see langword="null"/>.</exception>
    public ScorerBuilder UseConfiguration(SourceScoreConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _configuration = configuration;
        return this;
    }

    /// <summary>Builds the immutable scorer.</summary>
    /// <returns>The scorer.</returns>
    /// <exception cref="InvalidOperationException">The configuration is invalid; the message lists every problem, one a line.</exception>
    public Scorer Build()
    {
        var errors = new List<string>();
        if (_options.MaxTextLength < 1)
        {
            errors.Add($"MaxTextLength must be at least 1 (was {_options.MaxTextLength}).");
        }

        if (_options.MaxFindingsPerRule < 1)
        {
            errors.Add($"MaxFindingsPerRule must be at least 1 (was {_options.MaxFindingsPerRule}).");
        }

        if (_options.MaxDegreeOfParallelism < 1)
        {
            errors.Add($"MaxDegreeOfParallelism must be at least 1 (was {_options.MaxDegreeOfParallelism}).");
        }

        if (_options.MaxExcerptLength < 8)
        {
            errors.Add($"MaxExcerptLength must be at least 8 (was {_options.MaxExcerptLength}).");
        }

        // A check with an ordered step (the agreement check) reads what the others found, so it runs after them.
        var checks = new List<ICheck>(_checks.OrderBy(c => c is IOrderedCheck ? 1 : 0)) { InputLimitCheck.Instance };
        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            foreach (var rule in check.Rules)
            {
                if (rules.TryGetValue(rule.Id, out var existing) && !ReferenceEquals(existing, rule) && existing.Title != rule.Title)
                {
                    errors.Add($"Rule id {rule.Id} is declared twice with different titles ('{existing.Title}', '{rule.Title}').");
                }

                rules.TryAdd(rule.Id, rule);
            }
        }

        foreach (var id in _severities.Keys)
        {
            if (!rules.ContainsKey(id))
            {
                errors.Add($"SetSeverity names rule {id}, which no configured check reports.");
            }
        }

        foreach (var id in _suppressed)
        {
            if (!rules.ContainsKey(id))
            {
                errors.Add($"Suppress names rule {id}, which no configured check reports.");
            }
        }

        _configuration.CheckRules(rules.ContainsKey);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid scorer configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        var orderedRules = rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var evaluators = _evaluators.OrderBy(e => e.Signal).ToArray();
        var settings = new ScorerSettings(_options, [.. checks], orderedRules, evaluators, _severities, _suppressed, _configuration, _weights) { Logger = _logger };
        return new Scorer(settings);
    }

    /// <summary>Replaces every configured check that <paramref name="replace"/> maps to another; returns how many were replaced.</summary>
    internal int ReplaceChecks(Func<ICheck, ICheck?> replace)
    {
        int replaced = 0;
        for (int i = 0; i < _checks.Count; i++)
        {
            if (replace(_checks[i]) is { } replacement)
            {
                _checks[i] = replacement;
                replaced++;
            }
        }

        return replaced;
    }

    /// <summary>
    /// Adds a signal: its checks and how their findings become its score; called by the signals' extension methods.
    /// Nothing is added when the signal is already there.
    /// </summary>
    /// <exception cref="InvalidOperationException">The signal was already added.</exception>
    internal ScorerBuilder AddSignal(SignalEvaluator evaluator, params ReadOnlySpan<ICheck> checks)
    {
        if (_evaluators.Exists(e => e.Signal == evaluator.Signal))
        {
            throw new InvalidOperationException($"The {evaluator.Signal.ToName()} signal was already added to this builder.");
        }

        foreach (var check in checks)
        {
            AddCheck(check);
        }

        _evaluators.Add(evaluator);
        return this;
    }
}
