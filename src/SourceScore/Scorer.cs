using Microsoft.Extensions.Logging;
using SourceScore.Index;
using SourceScore.Scoring;
using SourceScore.StanceReader;

namespace SourceScore;

/// <summary>
/// Scores articles: runs the configured checks over each article's shared views and combines what they
/// found into one <see cref="ArticleScore"/>. Build one with <see cref="ScorerBuilder"/> (or
/// <see cref="CreateDefault()"/>) and reuse it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: <see cref="Score"/> may be called from any number of threads at once.
/// Per-article state lives in pooled contexts.
/// </remarks>
public sealed partial class Scorer
{
    private readonly ScorerSettings _settings;
    private readonly ContextPool _contexts;

    internal Scorer(ScorerSettings settings)
    {
        _settings = settings;
        _contexts = new ContextPool(Math.Max(16, Environment.ProcessorCount * 4));
    }

    /// <summary>
    /// A scorer with the same checks (and story index) and another configuration, as <see cref="ScorerBuilder.UseConfiguration"/>
    /// would have made it: the tool makes one per configuration file (and path override) among its inputs.
    /// </summary>
    /// <exception cref="SourceScoreConfigurationException">The configuration sets a rule no check of this scorer reports.</exception>
    internal Scorer WithConfiguration(SourceScoreConfiguration configuration) =>
        ReferenceEquals(configuration, _settings.Configuration) ? this : new Scorer(_settings.With(configuration));

    /// <summary>Gets every rule this scorer can report, in id order.</summary>
    public IReadOnlyList<Rule> Rules => _settings.Rules;

    /// <summary>Gets the limits and parallelism the scorer was built with.</summary>
    public ScorerOptions Options => _settings.Options;

    /// <summary>Gets the signals this scorer computes, in signal order.</summary>
    public IReadOnlyList<Signal> Signals => Array.ConvertAll(_settings.Evaluators, e => e.Signal);

    /// <summary>Builds a scorer with every signal the library has and the default options.</summary>
    /// <returns>The scorer.</returns>
    public static Scorer CreateDefault() => new ScorerBuilder().UseDefaultChecks().Build();

    /// <summary>Creates a scorer with every signal, the cross-source agreement signal reading and filling <paramref name="index"/>.</summary>
    /// <param name="index">The story index: earlier coverage each article is compared with; each scored article is added to it.</param>
    /// <returns>The scorer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    public static Scorer CreateDefault(ICorpusIndex index) =>
        new ScorerBuilder().UseDefaultChecks().UseAgreementChecks(index).Build();

    /// <summary>Scores one article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cancellationToken">Cancels scoring.</param>
    /// <returns>
    /// The article's score, findings and signals; when scoring it failed (a check or a model threw), a record with
    /// <see cref="ArticleScore.Error"/> set (rule SS5010) and no score, so one article's failure stays that article's.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ArticleScore Score(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ScoreInStream(article, null, cancellationToken);
    }

    /// <summary>
    /// Scores one article, taking its turn at the ordered cross-source step when it is one of a stream
    /// (<paramref name="ticket"/>); a failure becomes the article's error record.
    /// </summary>
    internal ArticleScore ScoreInStream(Article article, SequenceTicket? ticket, CancellationToken cancellationToken)
    {
        try
        {
            return RunChecks(article, this, static (context, scorer) => scorer.Combine(context), cancellationToken, ticket);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            return Failed(article, ex);
        }
        finally
        {
            ticket?.Finish(cancellationToken);
        }
    }

    private static bool IsCancellation(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested;

    /// <summary>The record of an article whose scoring threw: the error (type and message, no stack trace) instead of a score; the stack goes to the log.</summary>
    private ArticleScore Failed(Article article, Exception exception)
    {
        LogScoringFailed(_settings.Logger, article.Id, exception);
        string type = exception.GetType().FullName ?? exception.GetType().Name;
        return new ArticleScore(article.Id, article.Source, null, [], [])
        {
            Error = new ScoringError(ScorerRules.ScoringFailed, type, exception.Message),
        };
    }

    /// <summary>Gets whether a check must see the articles of a stream in order (the agreement check).</summary>
    internal bool NeedsOrder => _settings.OrderedCheck is not null;

    /// <summary>
    /// Runs every check on the article (all but the agreement check, which adds the article to the story index, when
    /// <paramref name="includeAgreement"/> is false), then hands the filled context to <paramref name="read"/> (training
    /// reads features here).
    /// </summary>
    internal TResult RunChecks<TState, TResult>(Article article, TState state, Func<CheckContext, TState, TResult> read, CancellationToken cancellationToken, SequenceTicket? ticket = null, bool includeAgreement = true)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var context = _contexts.Rent();
        try
        {
            context.Reset(_settings, article, cancellationToken);
            context.Ticket = ticket;
            var language = context.Language;
            var checks = _settings.Checks;

            // The ordered cross-source step first: an article then waits at it only for earlier articles' lookups, which
            // also come first, not for all their other checks (with two workers, the later article often finished those
            // first and sat idle).
            if (includeAgreement && _settings.OrderedCheck is { } ordered && _settings.Runs(_settings.OrderedCheckIndex, language))
            {
                ordered.LookUp(context);
            }

            for (int i = 0; i < checks.Length; i++)
            {
                var check = checks[i];
                if ((!includeAgreement && ReferenceEquals(check, _settings.OrderedCheck)) || !_settings.Runs(i, language))
                {
                    continue;
                }

                check.Run(context);
            }

            return read(context, state);
        }
        finally
        {
            context.Clear();
            _contexts.Return(context);
        }
    }

    /// <summary>Runs the checks only (no signal, no model) and returns the findings in report order; for training, evaluation and tests.</summary>
    internal Finding[] FindingsOf(Article article) =>
        RunChecks(article, 0, static (context, _) =>
        {
            var findings = context.Findings.ToArray();
            Array.Sort(findings, FindingOrder.Instance);
            return findings;
        }, CancellationToken.None);

    /// <summary>Why no signal judged a page whose article the extraction did not find.</summary>
    internal const string NoArticleFound = "no article text was found in the page";

    private ArticleScore Combine(CheckContext context)
    {
        var signals = new SignalScore[_settings.Evaluators.Length];
        var language = context.Language;
        for (int i = 0; i < signals.Length; i++)
        {
            var evaluator = _settings.Evaluators[i];
            signals[i] = evaluator.Judges(language)
                ? evaluator.Evaluate(context)
                : new SignalScore(evaluator.Signal, null, []) { NotAssessedReason = evaluator.NotJudgedReason(language) };
        }

        var findings = context.Findings.ToArray();
        Array.Sort(findings, FindingOrder.Instance);
        LogLimits(context, findings);
        var article = context.Article;
        if (article.Extraction is { MissedPageText: > 0 })
        {
            // The page has text and we kept none: our failure, not the publisher's. No signal judges it, there is no
            // overall score (so no credibility record moves), and SS5011 says what happened.
            for (int i = 0; i < signals.Length; i++)
            {
                signals[i] = signals[i] with { Risk = null, NotAssessedReason = NoArticleFound };
            }

            return new ArticleScore(article.Id, article.Source, null, signals, findings) { Sentences = context.ClaimSentences, Language = language, SuppressedFindings = SortedSuppressed(context) };
        }

        // Finding nothing wrong in no text is not trust: an article without a letter or digit scores 0 (SS5009, unless suppressed).
        bool noText = Array.Exists(findings, f => ReferenceEquals(f.Rule, ScorerRules.NoText));
        var weights = context.Profile.Weights;
        double overall = noText ? 0 : OverallScore.Compute(signals, weights);
        return new ArticleScore(article.Id, article.Source, overall, signals, findings)
        {
            Language = language,
            Sentences = context.ClaimSentences,
            CopiedFrom = context.CopiedFrom,
            Reasons = OverallScore.Reasons(signals, overall, findings, noText ? ScorerRules.NoText.Signal : null, weights),
            SuppressedFindings = SortedSuppressed(context),
        };
    }

    private static Finding[] SortedSuppressed(CheckContext context)
    {
        if (context.SuppressedFindings.Count == 0)
        {
            return [];
        }

        var suppressed = context.SuppressedFindings.ToArray();
        Array.Sort(suppressed, FindingOrder.Instance);
        return suppressed;
    }

    /// <summary>
    /// Loads every embedded model the checks use now rather than inside the first article: runs the checks on a short
    /// text, except the agreement check (it would add the text to the story index), whose stance model is loaded directly.
    /// </summary>
    internal void Warm()
    {
        var article = Article.FromText("Council approves harbour budget\nThe council approved the budget on Monday, the mayor said in a statement. It takes effect next year.");
        RunChecks(article, 0, static (_, _) => 0, CancellationToken.None, includeAgreement: false);
        if (NeedsOrder)
        {
            var lexicon = StanceModel.Lexicon;
            StanceModel.Predict(StanceDocument.Of(article.Text, lexicon), StanceDocument.Of(article.Text, lexicon));
            _ = SynonymKeys.Of(0); // the synonym table copy detection aligns with
        }
    }

    /// <summary>Tells the operator about an article that reached an input limit; costs nothing when none did.</summary>
    private void LogLimits(CheckContext context, Finding[] findings)
    {
        var logger = _settings.Logger;
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        foreach (var finding in findings)
        {
            if (ScorerRules.InputLimits.Contains(finding.Rule))
            {
                LogLimitReached(logger, context.Article.Id, finding.Rule.Id, finding.Message);
            }
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Article {ArticleId} reached an input limit ({RuleId}): {Message}")]
    private static partial void LogLimitReached(ILogger logger, string articleId, string ruleId, string message);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Scoring article {ArticleId} failed (SS5010); it is reported with the error instead of a score")]
    private static partial void LogScoringFailed(ILogger logger, string articleId, Exception exception);

    private sealed class FindingOrder : IComparer<Finding>
    {
        public static readonly FindingOrder Instance = new();

        public int Compare(Finding? x, Finding? y)
        {
            int c = x!.Span.Start.CompareTo(y!.Span.Start);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.Rule.Id, y.Rule.Id);
            }

            return c == 0 ? x.Span.Length.CompareTo(y.Span.Length) : c;
        }
    }
}
