using SourceScore.Html;
using SourceScore.Text;

namespace SourceScore;

/// <summary>
/// One news article: its exact text and what is known about it. Made only by <see cref="FromText"/>
/// or <see cref="FromHtml"/>.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is never changed after creation, and every offset the library reports points into
/// it. The views the checks share (lines, and later tokens and sentences) are built lazily, once.
/// Immutable and thread-safe: one article may be scored on several threads at once.
/// </remarks>
public sealed class Article
{
    private ArticleViews? _views;
    private ArticleLanguage? _language;
    private InlineSuppressions? _suppressions;
    private bool _suppressionsRead;

    private Article(string text, string id, string source, string? url, string? title, DateTimeOffset? published, string? author, ArticleFormat format, ExtractedHtml? extraction)
    {
        Author = string.IsNullOrWhiteSpace(author) ? null : author;
        Text = text;
        Id = id;
        Source = source;
        Url = url;
        Title = title;
        Published = published;
        Format = format;
        Extraction = extraction;
    }

    /// <summary>Gets the caller's id for the article (a path, a feed id); empty when none was given.</summary>
    public string Id { get; }

    /// <summary>Gets the publisher or domain the article came from; empty when unknown.</summary>
    public string Source { get; }

    /// <summary>Gets the article's address, when known.</summary>
    public string? Url { get; }

    /// <summary>Gets the headline, when known (given, or found in the HTML).</summary>
    public string? Title { get; }

    /// <summary>Gets when the article was published, when known.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>Gets the author (the byline) when known: given, or found in the HTML's metadata or byline.</summary>
    public string? Author { get; }

    /// <summary>Gets the exact text that is scored; for HTML input, the extracted article text.</summary>
    public string Text { get; }

    /// <summary>Gets whether the article came from plain text or HTML.</summary>
    public ArticleFormat Format { get; }

    /// <summary>
    /// Gets the language the article's feed or page declares (a language tag such as <c>fr</c> or <c>pt-BR</c>: given with
    /// <see cref="WithDeclaredLanguage"/>, or the page's <c>&lt;html lang&gt;</c> or <c>og:locale</c>); <see langword="null"/> when none.
    /// The scorer tells the language from the text and takes this as evidence only (<see cref="ArticleScore.Language"/>).
    /// </summary>
    public string? DeclaredLanguage { get; private init; }

    /// <summary>Gets the article with a declared language (a feed's <c>"language"</c> field): evidence the language detection weighs.</summary>
    /// <param name="language">A language tag such as <c>fr</c> or <c>pt-BR</c>, or <see langword="null"/> for none.</param>
    /// <returns>A new article with the same text and facts.</returns>
    public Article WithDeclaredLanguage(string? language) =>
        new(Text, Id, Source, Url, Title, Published, Author, Format, Extraction) { DeclaredLanguage = string.IsNullOrWhiteSpace(language) ? null : language.Trim() };

    /// <summary>Gets the article's language (detected once, on first use).</summary>
    internal ArticleLanguage Language =>
        _language ?? Interlocked.CompareExchange(ref _language, Languages.LanguageDetector.Shared.Detect(Text, DeclaredLanguage), null) ?? _language;

    /// <summary>Gets what extraction reported for an HTML article (limits reached, the limits used); <see langword="null"/> for text.</summary>
    internal ExtractedHtml? Extraction { get; }

    internal ExtractionLimits Limits => Extraction?.Limits ?? ExtractionLimits.None;

    /// <summary>
    /// Gets the editor's inline suppressions (<c>&lt;!-- sourcescore-disable-next-line SS3001 --&gt;</c>): read from the text
    /// once, on first use, or placed by the HTML extraction; null when there are none.
    /// </summary>
    internal InlineSuppressions? Suppressions
    {
        get
        {
            if (Extraction is not null)
            {
                return Extraction.Suppressions;
            }

            if (!Volatile.Read(ref _suppressionsRead))
            {
                _suppressions = InlineSuppressions.OfText(Text);
                Volatile.Write(ref _suppressionsRead, true);
            }

            return _suppressions;
        }
    }

    /// <summary>Gets the 1-based line and column of an offset into <see cref="Text"/>.</summary>
    /// <param name="offset">An offset from 0 to the text's length.</param>
    /// <returns>The line and column; lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the text.</exception>
    public LinePosition GetPosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        var (line, column) = Views.Lines.Position(offset);
        return new LinePosition(line, column);
    }

    internal ArticleViews Views => _views ?? Interlocked.CompareExchange(ref _views, new ArticleViews(Text), null) ?? _views;

    /// <summary>Creates an article from plain text, taken exactly as it is.</summary>
    /// <param name="text">The article text; not trimmed, newlines kept.</param>
    /// <param name="id">The caller's id for the article.</param>
    /// <param name="source">The publisher or domain.</param>
    /// <param name="url">The article's address.</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">When it was published.</param>
    /// <param name="author">Who wrote it (the byline).</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="id"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    public static Article FromText(string text, string id = "", string source = "", string? url = null, string? title = null, DateTimeOffset? published = null, string? author = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(source);
        return new Article(text, id, source, url, title, published, author, ArticleFormat.Text, extraction: null);
    }

    /// <summary>
    /// Creates an article from an HTML page: the text a reader sees in the main content, with scripts,
    /// styles, navigation, headers, footers, asides, forms and hidden elements dropped, block elements
    /// as line breaks, and entities decoded exactly once.
    /// </summary>
    /// <param name="html">The page.</param>
    /// <param name="id">The caller's id for the article.</param>
    /// <param name="source">The publisher or domain.</param>
    /// <param name="url">The article's address.</param>
    /// <param name="title">The headline; when <see langword="null"/>, taken from the page.</param>
    /// <param name="published">When it was published; when <see langword="null"/>, taken from the page's metadata.</param>
    /// <param name="author">Who wrote it; when <see langword="null"/>, taken from the page's metadata or byline.</param>
    /// <param name="options">Extraction settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/>, <paramref name="id"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    public static Article FromHtml(string html, string id = "", string source = "", string? url = null, string? title = null, DateTimeOffset? published = null, string? author = null, HtmlExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(source);
        var extracted = HtmlTextExtractor.Extract(html, options ?? HtmlExtractionOptions.Default);
        return new Article(extracted.Text, id, source, url, title ?? extracted.Title, published ?? extracted.Published, author ?? extracted.Author, ArticleFormat.Html, extracted)
        {
            DeclaredLanguage = extracted.Language,
        };
    }
}
