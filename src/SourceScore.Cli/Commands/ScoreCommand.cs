using System.CommandLine;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Commands;

/// <summary><c>sourcescore score</c>: every input article scored, in input order, streaming, in the contract's formats.</summary>
internal static class ScoreCommand
{
    public static Command Create(CommandContext io)
    {
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
        var deep = new Option<bool>("--deep") { Description = ScoringRun.DeepDescription };
        var cluster = new Option<string?>("--cluster") { Description = "Score on a SourceScore cluster instead (the PostgreSQL connection string its silos use): its shared story index, each article recorded in its shared ledger; JSONL records, in input order." };
        var window = new Option<int>("--window") { Description = "With --cluster: how many articles are in flight at once (an article is compared with the index as it stands when its turn comes).", DefaultValueFactory = _ => 32 };
        var retryFor = new Option<int>("--retry-for") { Description = "With --cluster: seconds an article is sent again after its first failure (a silo lost, PostgreSQL unreachable) before the run stops with exit code 2.", DefaultValueFactory = _ => 120 };
        var config = ConfigurationChoice.CreateConfigOption();
        var noConfig = ConfigurationChoice.CreateNoConfigOption();
        var score = new Command("score", "Score every input article, in input order, streaming.") { inputs, scoreFormat, includeText, detail, corpus, ledger, progress, deep, cluster, window, retryFor, config, noConfig };
        score.SetAction((result, token) =>
        {
            if (result.GetValue(cluster) is { } connection)
            {
                if (result.GetValue(config) is not null)
                {
                    // The silos score with their own scorers; a file given here would be ignored, and nothing is ignored silently.
                    io.Stderr.WriteLine("sourcescore: --config applies to local scoring; the cluster's silos score with the default settings");
                    return Task.FromResult(CliApp.UsageOrInputError);
                }

                return ClusterScoringRun.RunAsync(connection, result.GetValue(inputs)!, result.GetValue(includeText), result.GetValue(detail), Math.Max(1, result.GetValue(window)), TimeSpan.FromSeconds(Math.Max(0, result.GetValue(retryFor))), io, token);
            }

            bool showProgress = io.ErrorIsTerminal || result.GetValue(progress);
            var choice = ConfigurationChoice.From(result, config, noConfig);
            return RunAsync(result.GetValue(inputs)!, result.GetValue(corpus) ?? [], result.GetValue(scoreFormat)!, result.GetValue(includeText), result.GetValue(detail), result.GetValue(ledger), showProgress, choice, io, result.GetValue(deep) ? ScoringRun.CreateDeepScorer : io.CreateScorer, token);
        });
        return score;
    }

    /// <summary>The score command; with <c>progress</c>, a terminal (<c>errorIsTerminal</c>) gets one rewritten line, anything else a line every few seconds.</summary>
    private static async Task<int> RunAsync(string[] inputs, string[] corpus, string format, bool includeText, bool detail, string? ledgerPath, bool progress, ConfigurationChoice choice, CommandContext io, Func<ICorpusIndex, Scorer> createScorer, CancellationToken token)
    {
        using var ledger = ledgerPath is null ? null : new SqliteSourceLedger(ledgerPath);
        using var index = new CorpusIndex();
        int corpusErrors = await ScoringRun.IndexAsync(corpus, index, io.Stdin, io.Stderr, token).ConfigureAwait(false);
        var scorer = createScorer(index);
        var output = io.Stdout();
        await using var writer = ScoringRun.CreateWriter(format, output, includeText, scorer, detail, withCredibility: ledger is not null);
        await using var reporter = progress ? new ProgressReporter(io.Stderr, io.ErrorIsTerminal) : null;
        var (errors, _) = await ScoringRun.RunAsync(inputs, scorer, choice, writer, io.Stdin, io.Stderr, token, reporter is null ? null : _ => reporter.Add(), ledger).ConfigureAwait(false);
        return errors + corpusErrors > 0 ? CliApp.UsageOrInputError : CliApp.Ok;
    }
}
