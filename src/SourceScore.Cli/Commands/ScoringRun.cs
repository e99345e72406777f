using System.Collections.Concurrent;
using System.Text;
using SourceScore.Cli.Input;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Commands;

/// <summary>What the scoring commands share: indexing the corpus, building the writer of a format, and streaming the inputs through the scorer.</summary>
internal static class ScoringRun
{
    /// <summary>The help text of <c>--deep</c> (score and check).</summary>
    public const string DeepDescription = "Judge machine-written prose with sentence embeddings too (the deep tier, SourceScore.Deep): catches far more language-model news, at about half a second of one core for a long page instead of well under a millisecond.";

    /// <summary>UTF-8 without a byte-order mark: what every text output is written in.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every signal, the machine signal with the deep tier (<c>--deep</c>).</summary>
    public static Scorer CreateDeepScorer(ICorpusIndex index) =>
        new ScorerBuilder().UseDefaultChecks().UseDeepModels().UseAgreementChecks(index).Build();

    /// <summary>Adds the articles of the corpus inputs to the index (they are not scored or reported); returns the number of input errors.</summary>
    public static async Task<int> IndexAsync(string[] corpus, CorpusIndex index, Func<Stream> stdin, TextWriter stderr, CancellationToken token)
    {
        if (corpus.Length == 0)
        {
            return 0;
        }

        var reader = new ArticleReader(e => stderr.WriteLine(e.ToString()), stdin);
        await foreach (var input in reader.ReadAsync(reader.Expand(corpus), token).ConfigureAwait(false))
        {
            index.Add(input.Article);
        }

        return reader.ErrorCount;
    }

    public static IScoreWriter CreateWriter(string format, Stream output, bool includeText, Scorer scorer, bool detail = false, bool withCredibility = false) => format switch
    {
        "jsonl" => new JsonlScoreWriter(output, includeText, detail, withCredibility),
        "sarif" => new SarifScoreWriter(output, scorer.Rules),
        "html" => new HtmlReportWriter(new StreamWriter(output, Utf8)),
        _ => new TextScoreWriter(new StreamWriter(output, Utf8), detail),
    };

    /// <summary>
    /// Streams the inputs through the scorer, with each input's settings (<paramref name="configuration"/>), into the writer;
    /// returns the number of errors (inputs that could not be read and articles whose scoring failed, each said in one line
    /// on standard error) and of articles written.
    /// </summary>
    public static async Task<(int Errors, int Scored)> RunAsync(IReadOnlyList<string> inputs, Scorer scorer, ConfigurationChoice configuration, IScoreWriter writer, Func<Stream> stdin, TextWriter stderr, CancellationToken token, Action<ArticleScore>? onScore = null, ISourceLedger? ledger = null)
    {
        var reader = new ArticleReader(e => stderr.WriteLine(e.ToString()), stdin);
        var paths = reader.Expand(inputs);

        // Every input's settings first: a bad sourcescore.json stops the run before any article is scored. Inputs with the
        // same settings in a row are scored as one stream; the story index and the output order run across them.
        var scorers = paths.ConvertAll(p => configuration.ScorerFor(p, scorer));
        int scored = 0, failed = 0;
        for (int from = 0, to; from < paths.Count; from = to)
        {
            for (to = from + 1; to < paths.Count && ReferenceEquals(scorers[to], scorers[from]); to++)
            {
            }

            var (groupScored, groupFailed) = await RunGroupAsync(reader, paths.GetRange(from, to - from), scorers[from], writer, stderr, token, onScore, ledger).ConfigureAwait(false);
            scored += groupScored;
            failed += groupFailed;
        }

        return (reader.ErrorCount + failed, scored);
    }

    private static async Task<(int Scored, int Failed)> RunGroupAsync(ArticleReader reader, IReadOnlyList<string> paths, Scorer scorer, IScoreWriter writer, TextWriter stderr, CancellationToken token, Action<ArticleScore>? onScore, ISourceLedger? ledger)
    {
        // Results come back in input order, so the articles they belong to can wait in a queue.
        var pending = new ConcurrentQueue<InputArticle>();
        async IAsyncEnumerable<Article> Tap()
        {
            await foreach (var input in reader.ReadAsync(paths, token).ConfigureAwait(false))
            {
                pending.Enqueue(input);
                yield return input.Article;
            }
        }

        int scored = 0, failed = 0;
        await foreach (var scoredResult in scorer.ScoreAsync(Tap(), token).ConfigureAwait(false))
        {
            var result = scoredResult;
            pending.TryDequeue(out var input);
            if (ledger is not null)
            {
                // Recorded in input order, so each record carries the credibility its source had just before it.
                result = result with { SourceCredibility = ledger.Record(input!.Article, result)?.Credibility };
            }

            // A record once started is written whole, cancelled or not, so that the output and the count agree.
            await writer.WriteAsync(input!, result, CancellationToken.None).ConfigureAwait(false);
            onScore?.Invoke(result);
            scored++;
            if (result.Error is { } error)
            {
                // The article keeps its place in the output with the error; the run goes on and ends with exit code 2.
                failed++;
                await stderr.WriteLineAsync($"sourcescore: {(result.Id.Length > 0 ? result.Id : "(article)")}: {error.Rule.Id} scoring failed: {error.Type}: {CliApp.OneLine(error.Message)}").ConfigureAwait(false);
            }
        }

        return (scored, failed);
    }
}
