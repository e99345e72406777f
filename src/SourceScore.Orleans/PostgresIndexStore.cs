using Npgsql;

namespace SourceScore.Orleans;

/// <summary>
/// The story index's articles in PostgreSQL (table <c>sourcescore_index</c>, made by <c>sourcescore cluster init</c>):
/// one row per article and partition, upserted as the article is added; a partition loads its newest articles when it
/// is activated. Every 1,000th addition on a silo also deletes its partition's rows past the newest it can hold.
/// </summary>
internal sealed class PostgresIndexStore(string connectionString, int maxPerPartition) : IIndexStore
{
    private const int PruneEvery = 1000;

    private int _added;

    public async Task AddAsync(int partition, IndexedArticle article)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using (var upsert = new NpgsqlCommand(
            "INSERT INTO sourcescore_index (partition, id, source, url, title, published, author, text, added) VALUES (@p, @id, @source, @url, @title, @published, @author, @text, clock_timestamp()) "
            + "ON CONFLICT (partition, id) DO UPDATE SET source = EXCLUDED.source, url = EXCLUDED.url, title = EXCLUDED.title, published = EXCLUDED.published, author = EXCLUDED.author, text = EXCLUDED.text, added = EXCLUDED.added",
            connection))
        {
            upsert.Parameters.AddWithValue("p", partition);
            upsert.Parameters.AddWithValue("id", article.Id);
            upsert.Parameters.AddWithValue("source", article.Source);
            upsert.Parameters.AddWithValue("url", (object?)article.Url ?? DBNull.Value);
            upsert.Parameters.AddWithValue("title", (object?)article.Title ?? DBNull.Value);
            upsert.Parameters.AddWithValue("published", article.Published is { } published ? published.ToUniversalTime() : DBNull.Value);
            upsert.Parameters.AddWithValue("author", (object?)article.Author ?? DBNull.Value);
            upsert.Parameters.AddWithValue("text", article.Text);
            await upsert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        if (Interlocked.Increment(ref _added) % PruneEvery == 0)
        {
            await using var prune = new NpgsqlCommand(
                "DELETE FROM sourcescore_index WHERE partition = @p AND added < (SELECT added FROM sourcescore_index WHERE partition = @p ORDER BY added DESC OFFSET @max LIMIT 1)",
                connection);
            prune.Parameters.AddWithValue("p", partition);
            prune.Parameters.AddWithValue("max", maxPerPartition);
            await prune.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<IndexedArticle>> LoadAsync(int partition, int max)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var select = new NpgsqlCommand(
            "SELECT id, source, url, title, published, author, text FROM (SELECT * FROM sourcescore_index WHERE partition = @p ORDER BY added DESC LIMIT @max) newest ORDER BY added",
            connection);
        select.Parameters.AddWithValue("p", partition);
        select.Parameters.AddWithValue("max", max);
        var articles = new List<IndexedArticle>();
        await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            articles.Add(new IndexedArticle(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6)));
        }

        return articles;
    }
}
