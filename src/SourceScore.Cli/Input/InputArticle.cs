namespace SourceScore.Cli.Input;

/// <summary>An article read from the tool's inputs, and where it was read from.</summary>
/// <param name="Article">The article.</param>
/// <param name="Path">The input it came from, as given on the command line (a file found in a directory: the directory as given joined with the file's path under it); <c>-</c> for standard input.</param>
/// <param name="Line">For an article from a feed (a <c>.jsonl</c> file or standard input), its line in the feed, from 1; 0 for a whole file.</param>
internal sealed record InputArticle(Article Article, string Path, int Line)
{
    /// <summary>Gets whether the article came from standard input.</summary>
    public bool FromStandardInput => Path == "-";
}

/// <summary>An article as its input gave it, not yet made (<see cref="FeedFields.ToArticle"/>), and where it was read from (as <see cref="InputArticle"/>).</summary>
internal sealed record InputFields(FeedFields Fields, string Path, int Line);

/// <summary>An article's fields as its input gave them: a feed line's, or a file's text or page with its path as id.</summary>
internal sealed record FeedFields(string Id, string Source, string? Url, string? Title, DateTimeOffset? Published, string? Author, string? Text, string? Html, string? Language)
{
    /// <summary>Makes the article: a page's text is extracted; the feed's <c>"language"</c>, when given, is its declared language.</summary>
    public Article ToArticle()
    {
        var article = Text is not null
            ? Article.FromText(Text, Id, Source, Url, Title, Published, Author)
            : Article.FromHtml(Html!, Id, Source, Url, Title, Published, Author);
        return Language is null ? article : article.WithDeclaredLanguage(Language);
    }
}
