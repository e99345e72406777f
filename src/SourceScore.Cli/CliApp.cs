using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Text;
using SourceScore.Cli.Input;
using SourceScore.Cli.Output;

namespace SourceScore.Cli;

/// <summary>
/// The sourcescore command line: parses arguments, reads inputs, streams them through the library's
/// <see cref="Scorer"/> and formats the results per cli-contract.md. No scoring logic lives here.
/// Exit codes: 0 done; 1 check below its threshold; 2 usage error or unreadable input; 130 cancelled.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int BelowThreshold = 1;
    public const int UsageOrInputError = 2;
    public const int Cancelled = 130;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="args">The command line.</param>
    /// <param name="stdin">Opens standard input.</param>
    /// <param name="stdout">Opens standard output.</param>
    /// <param name="stderr">Standard error; written from more than one thread, so it is wrapped to be synchronised.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal: then <c>score</c> shows its progress there.</param>
    /// <param name="cancellationToken">Stops the command (Program cancels it on SIGINT or SIGTERM); results already written are kept, and the exit code is 130.</param>
    public static Task<int> RunAsync(string[] args, Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, bool errorIsTerminal = false, CancellationToken cancellationToken = default) =>
        RunAsync(args, stdin, stdout, stderr, errorIsTerminal, Scorer.CreateDefault, cancellationToken);

    /// <summary>Runs the tool with the scorer <paramref name="createScorer"/> builds over the story index (tests put a failing check in it).</summary>
    internal static async Task<int> RunAsync(string[] args, Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, bool errorIsTerminal, Func<ICorpusIndex, Scorer> createScorer, CancellationToken cancellationToken)
    {
        stderr = TextWriter.Synchronized(stderr);
        var root = BuildCommands(stdin, stdout, stderr, errorIsTerminal, createScorer);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"sourcescore: {OneLine(error.Message)} (see 'sourcescore --help')").ConfigureAwait(false);
            }

            return UsageOrInputError;
        }

        try
        {
            // Termination signals are handled by Program (it cancels cancellationToken), not by System.CommandLine.
            var configuration = new InvocationConfiguration { Output = new StreamWriter(stdout(), s_utf8) { AutoFlush = true }, Error = stderr, ProcessTerminationTimeout = null };
            int code = await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            return cancellationToken.IsCancellationRequested ? await CancelledAsync(stderr).ConfigureAwait(false) : code;
        }
        catch (OperationCanceledException)
        {
            return await CancelledAsync(stderr).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"sourcescore: {ex.Message}").ConfigureAwait(false);
            return UsageOrInputError;
        }
    }

    private static async Task<int> CancelledAsync(TextWriter stderr)
    {
        await stderr.WriteLineAsync("sourcescore: cancelled; results written so far are complete").ConfigureAwait(false);
        return Cancelled;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static RootCommand BuildCommands(Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, bool errorIsTerminal, Func<ICorpusIndex, Scorer> createScorer)
    {
        var root = new RootCommand("sourcescore: how far a news article can be trusted. Scores garbled markup and other signals, with findings to act on.");

        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.txt, .md, .html, .htm, .jsonl), directories (read recursively), or - for a JSONL feed on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var scoreFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "jsonl" };
        scoreFormat.AcceptOnlyFromAmong("jsonl", "text", "sarif");
        var includeText = new Option<bool>("--include-text") { Description = "Add the scored text to each JSONL record (for HTML input, the extracted text the offsets point into)." };
        var detail = new Option<bool>("--detail") { Description = "Add the per-sentence view of the claims signal to each record: span, check-worthiness, attribution, hedging, verdict." };
        var corpus = new Option<string[]>("--corpus") { Description = "Articles to index first, as earlier coverage the inputs are compared with (not reported). Same kinds of input as the inputs; repeat --corpus for more than one.", AllowMultipleArgumentsPerToken = false };
        var ledger = new Option<string?>("--ledger") { Description = "Record every scored article in this source ledger (an SQLite file, created when missing) and add \"source_credibility\" (the source's credibility before the article) to each record." };
        var progress = new Option<bool>("--progress") { Description = "Write progress (articles, articles/s, elapsed) to standard error every few seconds, and the totals at the end. Shown anyway, on one line, when standard error is a terminal." };
        var deep = new Option<bool>("--deep") { Description = "Judge machine-written prose with sentence embeddings too (the deep tier, SourceScore.Deep): catches far more language-model news, at about half a second of one core for a long page instead of well under a millisecond." };
        var score = new Command("score", "Score every input article, in input order, streaming.") { inputs, scoreFormat, includeText, detail, corpus, ledger, progress, deep };
        score.SetAction((result, token) =>
        {
            bool showProgress = errorIsTerminal || result.GetValue(progress);
            return ScoreAsync(result.GetValue(inputs)!, result.GetValue(corpus) ?? [], result.GetValue(scoreFormat)!, result.GetValue(includeText), result.GetValue(detail), result.GetValue(ledger), showProgress, errorIsTerminal, stdin, stdout, stderr, result.GetValue(deep) ? CreateDeepScorer : createScorer, token);
        });
        root.Subcommands.Add(score);

        var file = new Argument<string>("file") { Description = "The draft to check (.txt, .md, .html, .htm; a .jsonl feed checks every article)." };
        var checkFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        checkFormat.AcceptOnlyFromAmong("text", "jsonl", "sarif", "html");
        var failUnder = new Option<double>("--fail-under") { Description = "Exit with code 1 when the overall score is below this (0-100).", DefaultValueFactory = _ => 60 };
        failUnder.Validators.Add(r =>
        {
            double v = r.GetValueOrDefault<double>();
            if (v is < 0 or > 100 || double.IsNaN(v))
            {
                r.AddError("--fail-under must be between 0 and 100.");
            }
        });
        var checkCorpus = new Option<string[]>("--corpus") { Description = "Articles to index first, as earlier coverage the draft is compared with.", AllowMultipleArgumentsPerToken = false };
        var checkDeep = new Option<bool>("--deep") { Description = deep.Description };
        var check = new Command("check", "The editor's pre-publication check: a readable report of every finding, the signals and the overall score.") { file, checkFormat, failUnder, checkCorpus, checkDeep };
        check.SetAction((result, token) => CheckAsync(result.GetValue(file)!, result.GetValue(checkCorpus) ?? [], result.GetValue(checkFormat)!, result.GetValue(failUnder), stdin, stdout, stderr, result.GetValue(checkDeep) ? CreateDeepScorer : createScorer, token));
        root.Subcommands.Add(check);

        var rulesFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        rulesFormat.AcceptOnlyFromAmong("text", "jsonl");
        var rules = new Command("rules", "List every rule with its id, signal, default severity and description.") { rulesFormat };
        rules.SetAction((result, token) => RulesAsync(result.GetValue(rulesFormat)!, stdout, token));
        root.Subcommands.Add(rules);

        var pairs = new Argument<string>("pairs") { Description = "A JSONL file of {\"id\", \"headline\", \"body\"} lines, or - for standard input." };
        var stance = new Command("stance", "How each body relates to its headline's claim: agree, disagree, discuss or unrelated (the Fake News Challenge task).") { pairs };
        stance.SetAction((result, token) => StanceAsync(result.GetValue(pairs)!, stdin, stdout, stderr, token));
        root.Subcommands.Add(stance);

        var sourcesLedger = new Option<string?>("--ledger") { Description = $"The ledger to list (default: $SOURCESCORE_LEDGER, else {DefaultLedger} in the current directory)." };
        var sourcesFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        sourcesFormat.AcceptOnlyFromAmong("text", "jsonl");
        var sources = new Command("sources", "List the sources in the ledger, most credible first, with their article count, credibility, signal averages and first and last dates.") { sourcesLedger, sourcesFormat };
        sources.SetAction((result, token) => SourcesAsync(result.GetValue(sourcesLedger), result.GetValue(sourcesFormat)!, stdout, stderr, token));
        root.Subcommands.Add(sources);
        return root;
    }

    /// <summary>Every signal, the machine signal with the deep tier (<c>--deep</c>).</summary>
    internal static Scorer CreateDeepScorer(ICorpusIndex index) =>
        new ScorerBuilder().UseDefaultChecks().UseDeepModels().UseAgreementChecks(index).Build();

    /// <summary>The score command; with <c>progress</c>, a terminal (<c>errorIsTerminal</c>) gets one rewritten line, anything else a line every few seconds.</summary>
    private static async Task<int> ScoreAsync(string[] inputs, string[] corpus, string format, bool includeText, bool detail, string? ledgerPath, bool progress, bool errorIsTerminal, Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, Func<ICorpusIndex, Scorer> createScorer, CancellationToken token)
    {
        using var ledger = ledgerPath is null ? null : new SqliteSourceLedger(ledgerPath);
        using var index = new CorpusIndex();
        int corpusErrors = await IndexAsync(corpus, index, stdin, stderr, token).ConfigureAwait(false);
        var scorer = createScorer(index);
        var output = stdout();
        await using var writer = CreateWriter(format, output, includeText, scorer, detail, withCredibility: ledger is not null);
        await using var reporter = progress ? new ProgressReporter(stderr, errorIsTerminal) : null;
        var (errors, _) = await RunAsync(inputs, scorer, writer, stdin, stderr, token, reporter is null ? null : _ => reporter.Add(), ledger).ConfigureAwait(false);
        return errors + corpusErrors > 0 ? UsageOrInputError : Ok;
    }

    /// <summary>The ledger file used when none is named: $SOURCESCORE_LEDGER, else this file in the current directory.</summary>
    internal const string DefaultLedger = "sourcescore-ledger.db";

    private static async Task<int> SourcesAsync(string? ledgerPath, string format, Func<Stream> stdout, TextWriter stderr, CancellationToken token)
    {
        string path = ledgerPath ?? (Environment.GetEnvironmentVariable("SOURCESCORE_LEDGER") is { Length: > 0 } named ? named : DefaultLedger);

        if (!File.Exists(path))
        {
            await stderr.WriteLineAsync($"sourcescore: {path}: no ledger there (make one with 'sourcescore score --ledger {path} ...')").ConfigureAwait(false);
            return UsageOrInputError;
        }

        IReadOnlyList<SourceRecord> records;
        using (var ledger = new SqliteSourceLedger(path))
        {
            records = ledger.List();
        }

        await SourcesWriter.WriteAsync(records, format, stdout(), token).ConfigureAwait(false);
        return Ok;
    }

    /// <summary>Adds the articles of the corpus inputs to the index (they are not scored or reported); returns the number of input errors.</summary>
    private static async Task<int> IndexAsync(string[] corpus, CorpusIndex index, Func<Stream> stdin, TextWriter stderr, CancellationToken token)
    {
        if (corpus.Length == 0)
        {
            return 0;
        }

        var reader = new ArticleReader(e => stderr.WriteLine(e.ToString()), stdin);
        await foreach (var article in reader.ReadAsync(reader.Expand(corpus), token).ConfigureAwait(false))
        {
            index.Add(article);
        }

        return reader.ErrorCount;
    }

    private static async Task<int> StanceAsync(string path, Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, CancellationToken token)
    {
        var reader = new ArticleReader(e => stderr.WriteLine(e.ToString()), stdin);
        var output = stdout();
        var classifier = StanceClassifier.Default;
        await foreach (var pair in reader.ReadStancePairsAsync(path, token).ConfigureAwait(false))
        {
            var p = classifier.Classify(pair.Headline, pair.Body);
            await using (var w = new System.Text.Json.Utf8JsonWriter(output, JsonlScoreWriter.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("id", pair.Id);
                w.WriteString("stance", p.Stance.ToName());
                w.WriteStartObject("scores");
                foreach (var stance in (ReadOnlySpan<Stance>)[Stance.Agree, Stance.Disagree, Stance.Discuss, Stance.Unrelated])
                {
                    w.WriteNumber(stance.ToName(), Math.Round(p.Probability(stance), 4));
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }

        await output.FlushAsync(token).ConfigureAwait(false);
        return reader.ErrorCount > 0 ? UsageOrInputError : Ok;
    }

    private static async Task<int> CheckAsync(string file, string[] corpus, string format, double failUnder, Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, Func<ICorpusIndex, Scorer> createScorer, CancellationToken token)
    {
        using var index = new CorpusIndex();
        if (await IndexAsync(corpus, index, stdin, stderr, token).ConfigureAwait(false) > 0)
        {
            return UsageOrInputError;
        }

        var scorer = createScorer(index);
        var output = stdout();
        double lowest = double.MaxValue;
        bool unscored = false;
        int errors;
        int scored;
        await using (var writer = CreateWriter(format, output, includeText: false, scorer))
        {
            (errors, scored) = await RunAsync([file], scorer, writer, stdin, stderr, token, s =>
            {
                lowest = s.Overall is double overall ? Math.Min(lowest, overall) : lowest;
                unscored |= s.Overall is null && s.Error is null;
            }).ConfigureAwait(false);
        }

        if (errors > 0 || scored == 0)
        {
            return UsageOrInputError;
        }

        if (unscored)
        {
            // No signal could judge the text (no article found in the page): nothing vouches for it, so it does not pass.
            await stderr.WriteLineAsync($"sourcescore: {file}: not scored, so it does not pass --fail-under (see the findings)").ConfigureAwait(false);
            return BelowThreshold;
        }

        if (lowest < failUnder)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sourcescore: {file}: overall {lowest:0.0} is below --fail-under {failUnder:0.##}")).ConfigureAwait(false);
            return BelowThreshold;
        }

        return Ok;
    }

    private static async Task<int> RulesAsync(string format, Func<Stream> stdout, CancellationToken token)
    {
        var scorer = Scorer.CreateDefault();
        var output = stdout();
        if (format == "jsonl")
        {
            foreach (var rule in scorer.Rules)
            {
                await using var w = new System.Text.Json.Utf8JsonWriter(output, JsonlScoreWriter.WriterOptions);
                w.WriteStartObject();
                w.WriteString("rule", rule.Id);
                w.WriteString("signal", rule.Signal.ToName());
                w.WriteString("severity", rule.DefaultSeverity.ToName());
                w.WriteString("title", rule.Title);
                w.WriteString("description", rule.Description);
                w.WriteEndObject();
                await w.FlushAsync(token).ConfigureAwait(false);
                output.WriteByte((byte)'\n');
            }

            await output.FlushAsync(token).ConfigureAwait(false);
            return Ok;
        }

        await using var text = new StreamWriter(output, s_utf8);
        foreach (var rule in scorer.Rules)
        {
            await text.WriteLineAsync($"{rule.Id}  {rule.Signal.ToName(),-9}  {rule.DefaultSeverity.ToName(),-7}  {rule.Title}".AsMemory(), token).ConfigureAwait(false);
            await text.WriteLineAsync($"        {rule.Description}".AsMemory(), token).ConfigureAwait(false);
        }

        return Ok;
    }

    private static IScoreWriter CreateWriter(string format, Stream output, bool includeText, Scorer scorer, bool detail = false, bool withCredibility = false) => format switch
    {
        "jsonl" => new JsonlScoreWriter(output, includeText, detail, withCredibility),
        "sarif" => new SarifScoreWriter(output, scorer.Rules),
        "html" => new HtmlReportWriter(new StreamWriter(output, s_utf8)),
        _ => new TextScoreWriter(new StreamWriter(output, s_utf8), detail),
    };

    /// <summary>
    /// Streams the inputs through the scorer into the writer; returns the number of errors (inputs that could not be read
    /// and articles whose scoring failed, each said in one line on standard error) and of articles written.
    /// </summary>
    private static async Task<(int Errors, int Scored)> RunAsync(IReadOnlyList<string> inputs, Scorer scorer, IScoreWriter writer, Func<Stream> stdin, TextWriter stderr, CancellationToken token, Action<ArticleScore>? onScore = null, ISourceLedger? ledger = null)
    {
        var reader = new ArticleReader(e => stderr.WriteLine(e.ToString()), stdin);
        var paths = reader.Expand(inputs);

        // Results come back in input order, so the articles they belong to can wait in a queue.
        var pending = new ConcurrentQueue<Article>();
        async IAsyncEnumerable<Article> Tap()
        {
            await foreach (var article in reader.ReadAsync(paths, token).ConfigureAwait(false))
            {
                pending.Enqueue(article);
                yield return article;
            }
        }

        int scored = 0, failed = 0;
        await foreach (var scoredResult in scorer.ScoreAsync(Tap(), token).ConfigureAwait(false))
        {
            var result = scoredResult;
            pending.TryDequeue(out var article);
            if (ledger is not null)
            {
                // Recorded in input order, so each record carries the credibility its source had just before it.
                result = result with { SourceCredibility = ledger.Record(article!, result)?.Credibility };
            }

            // A record once started is written whole, cancelled or not, so that the output and the count agree.
            await writer.WriteAsync(article!, result, CancellationToken.None).ConfigureAwait(false);
            onScore?.Invoke(result);
            scored++;
            if (result.Error is { } error)
            {
                // The article keeps its place in the output with the error; the run goes on and ends with exit code 2.
                failed++;
                await stderr.WriteLineAsync($"sourcescore: {(result.Id.Length > 0 ? result.Id : "(article)")}: {error.Rule.Id} scoring failed: {error.Type}: {OneLine(error.Message)}").ConfigureAwait(false);
            }
        }

        return (reader.ErrorCount + failed, scored);
    }
}
