using System.IO.Hashing;
using System.Text;
using Microsoft.Extensions.Options;

namespace SourceScore.Orleans;

/// <summary>
/// The story index of a SourceScore cluster, as an <see cref="ICorpusIndex"/> for a <see cref="Scorer"/>: its articles
/// are spread over <see cref="SourceScoreClusterOptions.Partitions"/> partition grains by a hash of their id (an
/// article sent again replaces itself, as in one index); a lookup asks every partition at once and keeps the most
/// similar of their candidates. Each partition ranks exactly as one index would (similarity is the article's own term
/// weights against each candidate's), so the related articles found are the same as one process's, but for candidates
/// one large index would have skipped as too common. Calls block the scoring thread until the cluster answers, as the
/// interface is synchronous; a failure of the cluster throws <see cref="ClusterUnavailableException"/>.
/// </summary>
public sealed class ClusterCorpusIndex : ICorpusIndex
{
    private readonly IGrainFactory _grains;
    private readonly int _partitions;

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
    public int Count
    {
        get
        {
            return Call(Task.WhenAll(Enumerable.Range(0, _partitions).Select(p => Partition(p).Count()))).Sum();
        }
    }

    /// <inheritdoc/>
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Call(Partition(PartitionOf(article.Id, _partitions)).Add(IndexedArticle.Of(article)));
    }

    /// <inheritdoc/>
    public IReadOnlyList<RelatedArticle> FindRelated(Article article, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        var sent = IndexedArticle.Of(article);
        var answers = Call(Task.WhenAll(Enumerable.Range(0, _partitions).Select(p => Partition(p).FindRelated(sent, maxResults))));
        return [.. answers.SelectMany(a => a)
            .OrderByDescending(h => h.Similarity)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(maxResults)
            .Select(h => h.ToRelated())];
    }

    /// <summary>The partition an article id belongs to: a stable hash (XxHash32 of its UTF-8), the same on every machine.</summary>
    internal static int PartitionOf(string id, int partitions) =>
        (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(id)) % (uint)partitions);

    private IStoryPartitionGrain Partition(int partition) => _grains.GetGrain<IStoryPartitionGrain>(partition);

    /// <summary>Waits for a call to the partitions; a failure of the cluster becomes <see cref="ClusterUnavailableException"/>.</summary>
    internal static T Call<T>(Task<T> call)
    {
        try
        {
            return call.GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ArgumentException)
        {
            throw new ClusterUnavailableException("the cluster's story index could not be reached: " + ex.Message, ex);
        }
    }

    internal static void Call(Task call) => Call(call.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default));
}
