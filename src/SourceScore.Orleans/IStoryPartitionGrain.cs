using Orleans.Concurrency;

namespace SourceScore.Orleans;

/// <summary>
/// One partition of the cluster's story index: the articles whose id hashes to it (<see cref="ClusterCorpusIndex"/>),
/// in a <see cref="CorpusIndex"/> of its share of the index's bound. A lookup asks every partition and merges their
/// best candidates; an addition goes to one.
/// </summary>
internal interface IStoryPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>The partition's articles related to the article of <paramref name="query"/>, most similar first, without their openings and prints (<see cref="Openings"/>).</summary>
    [AlwaysInterleave]
    Task<RelatedHit[]> FindRelated(StoryQuery query, int maxResults);

    /// <summary>The articles <paramref name="ids"/> with their openings and copy prints (similarity 0), those the partition still holds.</summary>
    [AlwaysInterleave]
    Task<RelatedHit[]> Openings(string[] ids);

    /// <summary>Adds an article (replacing one with its id).</summary>
    Task Add(IndexedArticle article);

    /// <summary>The number of articles the partition holds.</summary>
    [AlwaysInterleave]
    Task<int> Count();
}
