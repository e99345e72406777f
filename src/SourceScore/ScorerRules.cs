namespace SourceScore;

/// <summary>
/// The rules every scorer reports about its input and itself, whatever signals it has (<c>SS5001</c>–<c>SS5003</c>,
/// <c>SS5009</c>–<c>SS5011</c>, in the source signal's range): input limits reached, no text, a page whose article was
/// not found, and a failure while scoring.
/// </summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class ScorerRules
{
    /// <summary>SS5001: the text was longer than <see cref="ScorerOptions.MaxTextLength"/>; the rest was not checked.</summary>
    public static readonly Rule TextTooLong = new(
        "SS5001", Signal.Source, "Text longer than the limit",
        "Only the first {0} of {1} characters were checked; the rest was not",
        Severity.Warning,
        "The article text is longer than the scorer's MaxTextLength. Its start was checked and the rest skipped.")
    {
        Rationale = "The scores describe only the start of the text; problems after it are not counted.",
        Fix = "Score the article in parts, or raise ScorerOptions.MaxTextLength if such texts are expected.",
        Example = "A 5 MB text dump scored with the default limit of 1,000,000 characters.",
    };

    /// <summary>SS5002: the HTML page was longer than <see cref="Html.HtmlExtractionOptions.MaxHtmlLength"/>.</summary>
    public static readonly Rule HtmlTooLong = new(
        "SS5002", Signal.Source, "HTML longer than the limit",
        "The HTML page was longer than the limit; only its first {0} characters were read",
        Severity.Warning,
        "The page is longer than HtmlExtractionOptions.MaxHtmlLength; only its start was parsed.")
    {
        Rationale = "Text after the limit is missing from the article, so its scores may miss problems or content.",
        Fix = "Pass the article's own text, or raise HtmlExtractionOptions.MaxHtmlLength if such pages are expected.",
        Example = "A 20 MB page with inline images and scripts.",
    };

    /// <summary>SS5003: elements were nested deeper than <see cref="Html.HtmlExtractionOptions.MaxDepth"/>.</summary>
    public static readonly Rule HtmlTooDeep = new(
        "SS5003", Signal.Source, "HTML nested deeper than the limit",
        "Elements were nested deeper than {0} levels; the deeper content was read as flat text",
        Severity.Info,
        "The page nests elements deeper than HtmlExtractionOptions.MaxDepth (hostile or broken markup). Content below that depth was kept as plain text without its structure.")
    {
        Rationale = "Extraction below the limit is less reliable: boilerplate and article text may be mixed.",
        Fix = "Check the page's markup; score the article's own text if the page is broken.",
        Example = "A page of 100,000 nested <div> elements.",
    };

    /// <summary>SS5009: the article holds no readable text, so there is nothing to score.</summary>
    public static readonly Rule NoText = new(
        "SS5009", Signal.Source, "No article text",
        "No article text: not one letter or digit to check, so nothing here can be trusted (overall 0)",
        Severity.Error,
        "The text (for HTML, the text extracted from the page) holds no letter or digit: an empty or blank text, or a page whose content is drawn by scripts, sits behind a paywall or is only markup. The overall score is 0 rather than the full marks that finding nothing wrong would give.")
    {
        Rationale = "Nothing in it can be checked; a pipeline should not count it as a trustworthy article.",
        Fix = "Fetch the article's text (render the page, or use the publisher's feed) and score that.",
        Example = "An empty file, or a page whose body is a single <div id=\"app\"></div>.",
    };

    /// <summary>SS5010: scoring the article failed; the record carries the error instead of a score.</summary>
    public static readonly Rule ScoringFailed = new(
        "SS5010", Signal.Source, "Scoring failed",
        "Scoring this article failed ({0}: {1}); it has no score",
        Severity.Error,
        "An exception was thrown while this article was scored (a defect in a check or a model, or an input nothing anticipated). The article is written with the error instead of a score, the articles around it are scored as usual, and the tool exits with 2 at the end.")
    {
        Rationale = "The article has no score, so a pipeline must not read its absence as a pass.",
        Fix = "Report it with the article, so that the defect can be fixed.",
        Example = "An input that makes a check throw.",
    };

    /// <summary>SS5011: the page has text but no article was found in it: an extraction failure, so the article is not scored.</summary>
    public static readonly Rule NoArticleFound = new(
        "SS5011", Signal.Source, "No article found in the page",
        "The page holds text ({0} words) but no article was found in it; nothing is scored (an extraction failure, not the publisher's)",
        Severity.Warning,
        "The page has text, but the extractor kept none of it as the article: the article may sit in an element it did not recognise, or the page may hold only navigation, teasers and other furniture. That is a failure to read the page, not a fault of the publisher, so no signal judges it (each is written with risk null and assessed false), the overall score is null and the source's credibility record is left as it was.")
    {
        Rationale = "Without the article's text nothing can be judged, and the publisher is not blamed for our miss.",
        Fix = "Score the article's text instead, or the page with extraction of the main content turned off.",
        Example = "A section front page of headlines and teasers.",
    };

    /// <summary>Gets the input limits an article can reach (SS5001–SS5003), which the scorer also logs.</summary>
    internal static IReadOnlyList<Rule> InputLimits { get; } = [TextTooLong, HtmlTooLong, HtmlTooDeep];

    /// <summary>Gets the rules every scorer reports, in id order: the input limits, an input with no text (SS5009), a failure (SS5010) and a page whose article was not found (SS5011).</summary>
    public static IReadOnlyList<Rule> All { get; } = [.. InputLimits, NoText, ScoringFailed, NoArticleFound];
}
