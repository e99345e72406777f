using Microsoft.Extensions.Options;

namespace SourceScore.Orleans;

/// <summary>
/// A partition of the story index, held in memory by the silo it is activated on. Lookups run in parallel with each
/// other (the index is thread-safe for reads); additions one at a time, as the grain's turns are.
/// </summary>
internal sealed class StoryPartitionGrain : Grain, IStoryPartitionGrain, IDisposable
{
    private readonly CorpusIndex _index;

    public StoryPartitionGrain(IOptions<SourceScoreClusterOptions> options)
    {
        var cluster = options.Value;
        var index = cluster.Index ?? CorpusIndexOptions.Default;
        _index = new CorpusIndex(new CorpusIndexOptions
        {
            MaxArticles = Math.Max(1, index.MaxArticles / cluster.Partitions),
            MaxAge = index.MaxAge,
            LeadLength = index.LeadLength,
            MinSimilarity = index.MinSimilarity,
        });
    }

    public Task<RelatedHit[]> FindRelated(IndexedArticle article, int maxResults) =>
        Task.FromResult(_index.FindRelated(article.ToArticle(), maxResults).Select(RelatedHit.Of).ToArray());

    public Task Add(IndexedArticle article)
    {
        _index.Add(article.ToArticle());
        return Task.CompletedTask;
    }

    public Task<int> Count() => Task.FromResult(_index.Count);

    public void Dispose() => _index.Dispose();
}
