namespace SourceScore.Orleans;

/// <summary>
/// An article as the cluster's story index receives it: what <see cref="Article.FromText"/> needs to make the same
/// article again on the silo (the index reads its text, id, source and date), and, when the sender has them, its story
/// profile and copy print, computed from that same text, so that the partition does not read the text again (an
/// article loaded from PostgreSQL has neither: they are made from the text, exactly as in one process).
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
    /// <summary>Gets the article's story profile, when sent.</summary>
    [Id(7)]
    public StoryQuery? Profile { get; init; }

    /// <summary>Gets the article's copy print, when sent.</summary>
    [Id(8)]
    public PrintParts? Print { get; init; }

    /// <summary>The article's fields with its story profile and copy print (computed now, if scoring has not).</summary>
    public static IndexedArticle Of(Article article) =>
        new(article.Id, article.Source, article.Url, article.Title, article.Published, article.Author, article.Text)
        {
            Profile = StoryQuery.Of(article),
            Print = PrintParts.Of(article.Views.CopyPrint),
        };

    public Article ToArticle()
    {
        var article = Article.FromText(Text, Id, Source, Url, Title, Published, Author);
        if (Profile is { } profile && Print is { } print)
        {
            article.Views.Seed(profile.ToProfile(), print.ToPrint());
        }

        return article;
    }
}
