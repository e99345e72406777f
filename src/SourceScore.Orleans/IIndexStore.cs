namespace SourceScore.Orleans;

/// <summary>
/// Where the story index's partitions keep their articles so that a partition activated again (its silo lost) holds
/// what it held: PostgreSQL in a real cluster (<see cref="PostgresIndexStore"/>), nothing in a test cluster
/// (<see cref="NoIndexStore"/>).
/// </summary>
internal interface IIndexStore
{
    /// <summary>Keeps an article of a partition (replacing one with its id).</summary>
    Task AddAsync(int partition, IndexedArticle article);

    /// <summary>The newest <paramref name="max"/> articles of a partition, oldest first.</summary>
    Task<IReadOnlyList<IndexedArticle>> LoadAsync(int partition, int max);
}

/// <summary>No store: a partition activated again starts empty.</summary>
internal sealed class NoIndexStore : IIndexStore
{
    public Task AddAsync(int partition, IndexedArticle article) => Task.CompletedTask;

    public Task<IReadOnlyList<IndexedArticle>> LoadAsync(int partition, int max) => Task.FromResult<IReadOnlyList<IndexedArticle>>([]);
}
