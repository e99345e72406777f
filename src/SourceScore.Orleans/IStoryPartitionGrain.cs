using Orleans.Concurrency;

namespace SourceScore.Orleans;

/// <summary>
/// One partition of the cluster's story index: the articles whose id hashes to it (<see cref="ClusterCorpusIndex"/>),
/// in a <see cref="CorpusIndex"/> of its share of the index's bound. A lookup asks every partition and merges their
/// best candidates; an addition goes to one.
/// </summary>
internal interface IStoryPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>The partition's articles related to <paramref name="article"/>, most similar first.</summary>
    [AlwaysInterleave]
    Task<RelatedHit[]> FindRelated(IndexedArticle article, int maxResults);

    /// <summary>Adds an article (replacing one with its id).</summary>
    Task Add(IndexedArticle article);

    /// <summary>The number of articles the partition holds.</summary>
    [AlwaysInterleave]
    Task<int> Count();
}
