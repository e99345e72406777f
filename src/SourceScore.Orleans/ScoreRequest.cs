namespace SourceScore.Orleans;

/// <summary>An article sent to a silo to be scored (<see cref="IScoringGrain"/>): its fields as a feed line gives them, and what its record should hold.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Source">Its publisher or domain.</param>
/// <param name="Url">Its address.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Published">When it was published.</param>
/// <param name="Author">Its byline.</param>
/// <param name="Text">Its text, taken exactly (or <paramref name="Html"/>).</param>
/// <param name="Html">Its page, whose article is extracted (or <paramref name="Text"/>).</param>
/// <param name="Language">The language the feed declares.</param>
/// <param name="Detail">Add the per-sentence view (<c>sentences</c>) to the record.</param>
/// <param name="IncludeText">Add the scored text to the record.</param>
/// <param name="Record">Record the article in the cluster's source ledger; the record then carries <c>source_credibility</c>.</param>
[GenerateSerializer]
[Immutable]
public sealed record ScoreRequest(
    [property: Id(0)] string Id,
    [property: Id(1)] string Source,
    [property: Id(2)] string? Url,
    [property: Id(3)] string? Title,
    [property: Id(4)] DateTimeOffset? Published,
    [property: Id(5)] string? Author,
    [property: Id(6)] string? Text,
    [property: Id(7)] string? Html,
    [property: Id(8)] string? Language,
    [property: Id(9)] bool Detail,
    [property: Id(10)] bool IncludeText,
    [property: Id(11)] bool Record)
{
    internal Article ToArticle()
    {
        var article = Html is not null
            ? Article.FromHtml(Html, Id, Source, Url, Title, Published, Author)
            : Article.FromText(Text ?? string.Empty, Id, Source, Url, Title, Published, Author);
        return Language is null ? article : article.WithDeclaredLanguage(Language);
    }
}
