namespace SourceScore.Html;

/// <summary>What <see cref="HtmlTextExtractor"/> got from a page.</summary>
internal sealed record ExtractedHtml(string Text, string? Title, DateTimeOffset? Published, ExtractionLimits Limits, int MaxHtmlLength, int MaxDepth)
{
    /// <summary>Gets the author the page names (author metadata, or the text of a byline element).</summary>
    public string? Author { get; init; }

    /// <summary>Gets the section the page's metadata files it under (<c>article:section</c> and the like), such as "Opinion".</summary>
    public string? Section { get; init; }
}
