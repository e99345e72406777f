using SourceScore.Signals.Agreement;

namespace SourceScore.Orleans;

/// <summary>
/// What a silo's scoring workers share: one scorer over the cluster's index, the cluster's ledger, and the silo's turns.
/// </summary>
internal sealed class ClusterScoring
{
    /// <summary>Articles scored at once: one a core. More would only share the cores and hold every article longer.</summary>
    private readonly SemaphoreSlim _cores = new(Environment.ProcessorCount);

    /// <summary>
    /// Articles between their lookup and their addition at once: two a core and one more, so that a core always has an
    /// article looked up and waiting for it while another's addition is written, and an article's lookup comes just
    /// before its turn on a core, not when it reached the silo (an article queued behind many would miss every addition
    /// made meanwhile; a local run compares each article with all before it).
    /// </summary>
    private readonly SemaphoreSlim _turns = new((2 * Environment.ProcessorCount) + 1);

    private readonly ClusterCorpusIndex _index;
    private readonly Scorer _scorer;

    public ClusterScoring(IGrainFactory grains, Microsoft.Extensions.Options.IOptions<SourceScoreClusterOptions> options)
    {
        _index = new ClusterCorpusIndex(grains, options);
        _scorer = options.Value.CreateScorer is { } create ? create(_index) : Scorer.CreateDefault(_index);
        Ledger = new ClusterSourceLedger(grains);
    }

    public ClusterSourceLedger Ledger { get; }

    /// <summary>
    /// Scores the article when its turn comes: looks it up in the cluster's story index before the scorer runs (so no
    /// thread waits on the cluster while it scores), scores it off the grain's scheduler one article a core at a time,
    /// in the order they came (a deep-tier article takes a third of a second of a core, during which the silo's other
    /// grains, index partitions and ledger, keep answering), and awaits the addition the scorer sent without waiting.
    /// </summary>
    /// <remarks>Awaits on the calling grain's scheduler, as the grain's own code would; only the scoring leaves it.</remarks>
    /// <exception cref="ClusterUnavailableException">The cluster failed, not the article: the caller sends it again.</exception>
    public async Task<ArticleScore> ScoreAsync(Article article)
    {
        await _turns.WaitAsync().ConfigureAwait(true);
        try
        {
            using var prepared = await _index.PrepareAsync(article, AgreementOptions.Default.MaxRelated).ConfigureAwait(true);
            var score = await ComputeAsync(article).ConfigureAwait(true);
            if (score.Error is { } error && error.Type == typeof(ClusterUnavailableException).FullName)
            {
                // The cluster failed, not the article: the caller sends it again rather than keep an error record.
                throw new ClusterUnavailableException(error.Message);
            }

            if (prepared.Addition is { } addition)
            {
                await addition.ConfigureAwait(true);
            }

            return score;
        }
        finally
        {
            _turns.Release();
        }
    }

    private async Task<ArticleScore> ComputeAsync(Article article)
    {
        await _cores.WaitAsync().ConfigureAwait(false);
        try
        {
            return await Task.Run(() => _scorer.Score(article)).ConfigureAwait(false);
        }
        finally
        {
            _cores.Release();
        }
    }
}
