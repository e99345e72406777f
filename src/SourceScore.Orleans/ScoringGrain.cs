using System.Text;
using System.Text.Json;
using Orleans.Concurrency;
using SourceScore.Scoring;

namespace SourceScore.Orleans;

/// <summary>
/// A silo's scoring worker: when the article's turn comes (<see cref="ClusterScoring.Turns"/>) looks it up in the
/// cluster's story index before the scorer runs (so no thread waits on the cluster while it scores), scores it on a
/// core of its own (<see cref="ClusterScoring.ScoreAsync"/>), sends the scorer's addition without waiting and awaits it
/// after, records in the ledger when asked, and writes the contract's record with the tool's own writer. Reentrant:
/// its calls interleave while they wait on the cluster. An article that cannot be made
/// fails with <see cref="ArticleUnreadableException"/>, a cluster failure with <see cref="ClusterUnavailableException"/>.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class ScoringGrain(ClusterScoring scoring) : Grain, IScoringGrain
{
    public async Task<string> Score(ScoreRequest request)
    {
        Article article;
        try
        {
            article = request.ToArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The article's own fault (the tool's reader reports such an input and goes on): not worth sending again.
            throw new ArticleUnreadableException($"could not be read ({ExceptionText.Of(ex)})");
        }

        ArticleScore score;
        await scoring.Turns.WaitAsync().ConfigureAwait(true);
        try
        {
            using var prepared = await scoring.Index.PrepareAsync(article, scoring.MaxRelated).ConfigureAwait(true);
            score = await scoring.ScoreAsync(article).ConfigureAwait(true);
            if (score.Error is { } error && error.Type == typeof(ClusterUnavailableException).FullName)
            {
                // The cluster failed, not the article: the caller sends it again rather than keep an error record.
                throw new ClusterUnavailableException(error.Message);
            }

            if (prepared.Addition is { } addition)
            {
                await addition.ConfigureAwait(true);
            }
        }
        finally
        {
            scoring.Turns.Release();
        }

        if (request.Record)
        {
            score = score with { SourceCredibility = (await scoring.Ledger.RecordAsync(article, score).ConfigureAwait(true))?.Credibility };
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ScoreRecords.WriterOptions))
        {
            ScoreRecords.WriteRecord(writer, article, score, request.IncludeText, request.Detail, withCredibility: request.Record);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

/// <summary>What a silo's scoring workers share: one scorer over the cluster's index, and the cluster's ledger.</summary>
internal sealed class ClusterScoring
{
    public ClusterScoring(IGrainFactory grains, Microsoft.Extensions.Options.IOptions<SourceScoreClusterOptions> options)
    {
        Index = new ClusterCorpusIndex(grains, options);
        Scorer = options.Value.CreateScorer is { } create ? create(Index) : Scorer.CreateDefault(Index);
        Ledger = new ClusterSourceLedger(grains);
    }

    /// <summary>Articles scored at once: one a core. More would only share the cores and hold every article longer.</summary>
    private readonly SemaphoreSlim _cores = new(Environment.ProcessorCount);

    /// <summary>
    /// Gets the articles between their lookup and their addition at once: two a core and one more, so that a core
    /// always has an article looked up and waiting for it while another's addition is written, and an article's
    /// lookup comes just before its turn on a core, not when it reached the silo (an article queued behind many
    /// would miss every addition made meanwhile; a local run compares each article with all before it).
    /// </summary>
    public SemaphoreSlim Turns { get; } = new((2 * Environment.ProcessorCount) + 1);

    public ClusterCorpusIndex Index { get; }

    public Scorer Scorer { get; }

    public ClusterSourceLedger Ledger { get; }

    /// <summary>
    /// Scores the article off the grain's scheduler (a deep-tier article takes a third of a second of a core, during
    /// which the silo's other grains, index partitions and ledger, keep answering), one article a core at a time, in
    /// the order they came: a worker's calls interleave while they wait on the cluster, not while they compute.
    /// </summary>
    public async Task<ArticleScore> ScoreAsync(Article article)
    {
        await _cores.WaitAsync().ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Scorer.Score(article)).ConfigureAwait(false);
        }
        finally
        {
            _cores.Release();
        }
    }

    /// <summary>The related articles the scorer's agreement check asks for (its default options).</summary>
    public int MaxRelated => SourceScore.Signals.Agreement.AgreementOptions.Default.MaxRelated;
}
