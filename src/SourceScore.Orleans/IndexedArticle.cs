namespace SourceScore.Orleans;

/// <summary>
/// An article as the cluster's story index receives it: what <see cref="Article.FromText"/> needs to make the same
/// article again on the silo (the index reads its text, id, source and date; its profile and copy print are made from
/// the text exactly as in one process).
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record IndexedArticle(
    [property: Id(0)] string Id,
    [property: Id(1)] string Source,
    [property: Id(2)] string? Url,
    [property: Id(3)] string? Title,
    [property: Id(4)] DateTimeOffset? Published,
    [property: Id(5)] string? Author,
    [property: Id(6)] string Text)
{
    public static IndexedArticle Of(Article article) =>
        new(article.Id, article.Source, article.Url, article.Title, article.Published, article.Author, article.Text);

    public Article ToArticle() => Article.FromText(Text, Id, Source, Url, Title, Published, Author);
}
