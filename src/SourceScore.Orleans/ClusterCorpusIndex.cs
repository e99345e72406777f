using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;

namespace SourceScore.Orleans;

/// <summary>
/// The story index of a SourceScore cluster, as an <see cref="ICorpusIndex"/> for a <see cref="Scorer"/>: its articles
/// are spread over <see cref="SourceScoreClusterOptions.Partitions"/> partition grains by a hash of their id (an
/// article sent again replaces itself, as in one index); a lookup sends the article's story profile to every
/// partition at once and keeps the most similar of their candidates. Each partition ranks exactly as one index would
/// (similarity is the article's own term weights against each candidate's), so the related articles found are the
/// same as one process's, but for candidates one large index would have skipped as too common. The synchronous
/// calls of <see cref="ICorpusIndex"/> block the scoring thread until the cluster answers; <see cref="FindRelatedAsync"/>
/// and <see cref="AddAsync"/> do not. A failure of the cluster throws <see cref="ClusterUnavailableException"/>.
/// </summary>
public sealed class ClusterCorpusIndex : ICorpusIndex
{
    private const string Unreachable = "the cluster's story index";

    private readonly IGrainFactory _grains;
    private readonly int _partitions;
    private readonly ConditionalWeakTable<Article, Prepared> _prepared = [];

    /// <summary>Creates the index over the cluster <paramref name="grains"/> reaches.</summary>
    /// <param name="grains">The cluster client (or a silo's grain factory).</param>
    /// <param name="options">The cluster's settings; the partition count must be the silos'.</param>
    public ClusterCorpusIndex(IGrainFactory grains, IOptions<SourceScoreClusterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        _grains = grains;
        _partitions = options.Value.Partitions;
        ArgumentOutOfRangeException.ThrowIfLessThan(_partitions, 1);
    }

    /// <inheritdoc/>
    public int Count => Call(CountAsync());

    /// <inheritdoc/>
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_prepared.TryGetValue(article, out var prepared))
        {
            // A prepared article (a silo's scoring worker): the addition is sent now and awaited by the worker.
            prepared.Addition = AddAsync(article);
            return;
        }

        Call(AddAsync(article));
    }

    /// <inheritdoc/>
    public IReadOnlyList<RelatedArticle> FindRelated(Article article, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        if (_prepared.TryGetValue(article, out var prepared) && maxResults <= prepared.MaxResults)
        {
            // Looked up before scoring: the best of a ranked list are its first ones.
            return prepared.Related.Count <= maxResults ? prepared.Related : [.. prepared.Related.Take(maxResults)];
        }

        return Call(FindRelatedAsync(article, maxResults));
    }

    /// <summary>The number of articles the partitions hold.</summary>
    /// <returns>The count.</returns>
    public async Task<int> CountAsync()
    {
        var counts = await Wrap(Task.WhenAll(Enumerable.Range(0, _partitions).Select(p => Partition(p).Count()))).ConfigureAwait(false);
        return counts.Sum();
    }

    /// <summary>Adds an article to its partition (replacing one with its id), without blocking a thread.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The addition; it fails with <see cref="ClusterUnavailableException"/> when the cluster does.</returns>
    public Task AddAsync(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Wrap(Partition(PartitionOf(article.Id, _partitions)).Add(IndexedArticle.Of(article)));
    }

    /// <summary>The related articles of <paramref name="article"/>, as <see cref="FindRelated"/> finds them, without blocking a thread.</summary>
    /// <param name="article">The article.</param>
    /// <param name="maxResults">The most to return.</param>
    /// <returns>The related articles, most similar first; fails with <see cref="ClusterUnavailableException"/> when the cluster does.</returns>
    public async Task<IReadOnlyList<RelatedArticle>> FindRelatedAsync(Article article, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);

        // First the partitions' candidates, ranked without their openings; then the winners' openings and prints from
        // the partitions that hold them (a few kilobytes each: sent for the winners only).
        var query = StoryQuery.Of(article);
        var answers = await Wrap(Task.WhenAll(Enumerable.Range(0, _partitions).Select(p => Partition(p).FindRelated(query, maxResults)))).ConfigureAwait(false);
        var best = answers.SelectMany(a => a)
            .OrderByDescending(h => h.Similarity)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(maxResults)
            .ToList();
        if (best.Count == 0)
        {
            return [];
        }

        var fetched = await Wrap(Task.WhenAll(best.GroupBy(h => PartitionOf(h.Id, _partitions)).Select(g => Partition(g.Key).Openings([.. g.Select(h => h.Id)])))).ConfigureAwait(false);
        var openings = fetched.SelectMany(a => a).ToDictionary(h => h.Id, StringComparer.Ordinal);

        // An article evicted between the two steps is no longer in the index: left out, as a later lookup would.
        var related = new List<RelatedArticle>(best.Count);
        foreach (var hit in best)
        {
            if (openings.TryGetValue(hit.Id, out var opened))
            {
                related.Add(opened.ToRelated() with { Similarity = hit.Similarity, Resemblance = hit.Resemblance });
            }
        }

        return related;
    }

    /// <summary>
    /// Looks <paramref name="article"/> up before a scorer over this index scores it, so that the scorer's lookup finds
    /// the answer waiting and its addition is sent without blocking (a silo's scoring worker: no thread waits on the
    /// cluster). Dispose the result after scoring; <see cref="Prepared.Addition"/> is then the addition to await, if the
    /// scorer added the article.
    /// </summary>
    internal async Task<Prepared> PrepareAsync(Article article, int maxResults)
    {
        var related = await FindRelatedAsync(article, maxResults).ConfigureAwait(false);
        var prepared = new Prepared(this, article, related, maxResults);
        _prepared.AddOrUpdate(article, prepared);
        return prepared;
    }

    /// <summary>The partition an article id belongs to: a stable hash (XxHash32 of its UTF-8), the same on every machine.</summary>
    internal static int PartitionOf(string id, int partitions) =>
        (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(id)) % (uint)partitions);

    private IStoryPartitionGrain Partition(int partition) => _grains.GetGrain<IStoryPartitionGrain>(partition);

    /// <summary>Waits for a call to the cluster (its failure already made <see cref="ClusterUnavailableException"/>).</summary>
    private static T Call<T>(Task<T> call) => call.GetAwaiter().GetResult();

    private static void Call(Task call) => call.GetAwaiter().GetResult();

    private static Task<T> Wrap<T>(Task<T> call) => ClusterUnavailableException.OnFailure(call, Unreachable);

    private static Task Wrap(Task call) => ClusterUnavailableException.OnFailure(call, Unreachable);

    /// <summary>An article looked up ahead of scoring (<see cref="PrepareAsync"/>).</summary>
    internal sealed class Prepared(ClusterCorpusIndex index, Article article, IReadOnlyList<RelatedArticle> related, int maxResults) : IDisposable
    {
        public IReadOnlyList<RelatedArticle> Related => related;

        public int MaxResults => maxResults;

        /// <summary>Gets or sets the article's addition, sent when the scorer added it; <see langword="null"/> when it did not.</summary>
        public Task? Addition { get; set; }

        public void Dispose() => index._prepared.Remove(article);
    }
}
