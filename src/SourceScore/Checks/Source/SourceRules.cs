namespace SourceScore.Checks.Source;

/// <summary>The rules about the source and the scoring itself (<c>SS5xxx</c>).</summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class SourceRules
{
    /// <summary>SS5001: the text was longer than <see cref="ScorerOptions.MaxTextLength"/>; the rest was not checked.</summary>
    public static readonly Rule TextTooLong = new(
        "SS5001", Signal.Source, "Text longer than the limit",
        "Only the first {0} of {1} characters were checked; the rest was not",
        Severity.Warning,
        "The article text is longer than the scorer's MaxTextLength. Its start was checked and the rest skipped, so the scores describe only that start.");

    /// <summary>SS5002: the HTML page was longer than <see cref="Html.HtmlExtractionOptions.MaxHtmlLength"/>.</summary>
    public static readonly Rule HtmlTooLong = new(
        "SS5002", Signal.Source, "HTML longer than the limit",
        "The HTML page was longer than the limit; only its first {0} characters were read",
        Severity.Warning,
        "The page is longer than HtmlExtractionOptions.MaxHtmlLength; only its start was parsed, so text after that point is missing.");

    /// <summary>SS5003: elements were nested deeper than <see cref="Html.HtmlExtractionOptions.MaxDepth"/>.</summary>
    public static readonly Rule HtmlTooDeep = new(
        "SS5003", Signal.Source, "HTML nested deeper than the limit",
        "Elements were nested deeper than {0} levels; the deeper content was read as flat text",
        Severity.Info,
        "The page nests elements deeper than HtmlExtractionOptions.MaxDepth (hostile or broken markup). Content below that depth was kept as plain text without its structure.");

    /// <summary>SS5004: a check gave up on this text (a pattern took too long on hostile input); its findings may be incomplete.</summary>
    public static readonly Rule CheckGaveUp = new(
        "SS5004", Signal.Source, "Check gave up on the text",
        "The {0} check gave up on this text (it took too long); its findings may be incomplete",
        Severity.Warning,
        "A check stopped because one of its patterns passed its time limit on this text, which happens only with hostile or pathological input. The other checks ran normally.");

    /// <summary>Gets every source rule, in id order.</summary>
    public static IReadOnlyList<Rule> All { get; } = [TextTooLong, HtmlTooLong, HtmlTooDeep, CheckGaveUp];
}
