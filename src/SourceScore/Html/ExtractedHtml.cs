namespace SourceScore.Html;

/// <summary>What <see cref="HtmlTextExtractor"/> got from a page.</summary>
internal sealed record ExtractedHtml(string Text, string? Title, DateTimeOffset? Published, ExtractionLimits Limits, int MaxHtmlLength, int MaxDepth)
{
    /// <summary>Gets the author the page names (author metadata, or the text of a byline element).</summary>
    public string? Author { get; init; }

    /// <summary>Gets the section the page's metadata files it under (<c>article:section</c> and the like), such as "Opinion".</summary>
    public string? Section { get; init; }

    /// <summary>Gets the language the page declares (<c>&lt;html lang&gt;</c>, <c>og:locale</c>), as written there; evidence for the language detection, not its answer.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Gets the words the whole page holds when the extraction found no article text in it (the page has
    /// text, the extractor kept none: an extraction failure, not the publisher's); 0 when an article was found or the
    /// page holds no text at all.
    /// </summary>
    public int MissedPageText { get; init; }

    /// <summary>Gets the editor's inline suppressions, placed in the extracted text; null when the page has none.</summary>
    public SourceScore.Text.InlineSuppressions? Suppressions { get; init; }
}
