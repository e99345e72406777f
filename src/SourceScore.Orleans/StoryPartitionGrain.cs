using Microsoft.Extensions.Options;

namespace SourceScore.Orleans;

/// <summary>
/// A partition of the story index, held in memory by the silo it is activated on and kept in the index store
/// (PostgreSQL): an article is stored before it is added, and a partition activated again (its silo lost) loads its
/// newest articles first. Lookups run in parallel with each other (the index is thread-safe for reads); additions one
/// at a time, as the grain's turns are.
/// </summary>
internal sealed class StoryPartitionGrain : Grain, IStoryPartitionGrain, IDisposable
{
    private readonly CorpusIndex _index;
    private readonly IIndexStore _store;
    private readonly int _capacity;

    public StoryPartitionGrain(IOptions<SourceScoreClusterOptions> options, IIndexStore store)
    {
        _store = store;
        var cluster = options.Value;
        var index = cluster.Index ?? CorpusIndexOptions.Default;
        _capacity = Math.Max(1, index.MaxArticles / cluster.Partitions);
        _index = new CorpusIndex(new CorpusIndexOptions
        {
            MaxArticles = _capacity,
            MaxAge = index.MaxAge,
            LeadLength = index.LeadLength,
            MinSimilarity = index.MinSimilarity,
        });
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var article in await _store.LoadAsync((int)this.GetPrimaryKeyLong(), _capacity).ConfigureAwait(true))
        {
            _index.Add(article.ToArticle());
        }

        await base.OnActivateAsync(cancellationToken).ConfigureAwait(true);
    }

    public Task<RelatedHit[]> FindRelated(StoryQuery query, int maxResults) =>
        Task.FromResult(_index.FindRelated(query.ToProfile(), query.Id, query.Published, maxResults, withOpenings: false).Select(RelatedHit.Of).ToArray());

    public Task<RelatedHit[]> Openings(string[] ids) =>
        Task.FromResult(ids.Select(_index.Opening).OfType<RelatedArticle>().Select(RelatedHit.Of).ToArray());

    public async Task Add(IndexedArticle article)
    {
        await _store.AddAsync((int)this.GetPrimaryKeyLong(), article).ConfigureAwait(true);
        _index.Add(article.ToArticle());
    }

    public Task<int> Count() => Task.FromResult(_index.Count);

    public void Dispose() => _index.Dispose();
}
