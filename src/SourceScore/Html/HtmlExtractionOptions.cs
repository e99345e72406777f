namespace SourceScore.Html;

/// <summary>Settings for turning an HTML page into article text.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class HtmlExtractionOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static HtmlExtractionOptions Default { get; } = new();

    /// <summary>Gets how many characters of HTML are parsed; a longer page is cut there and rule SS5002 reports it.</summary>
    /// <value>Default 8,000,000 characters (the largest real news pages are a few MB).</value>
    public int MaxHtmlLength { get; init; } = 8_000_000;

    /// <summary>Gets the element nesting depth past which content is read as flat text (rule SS5003).</summary>
    /// <value>Default 512, the limit browsers use for the DOM tree of a page.</value>
    public int MaxDepth { get; init; } = 512;

    /// <summary>
    /// Gets whether the main content is located and page chrome around it dropped, with the furniture lines left inside it
    /// (advertisement labels, "Related:" links, share lines, photo credits, pull quotes); when <see langword="false"/> the
    /// whole body's visible text is kept.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ExtractMainContent { get; init; } = true;
}
