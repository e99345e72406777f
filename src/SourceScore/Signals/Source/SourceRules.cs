namespace SourceScore.Signals.Source;

/// <summary>The rules about the article's facts (<c>SS5005</c>–<c>SS5008</c>); the rest of the <c>SS5xxx</c> range is the scorer's own, <see cref="ScorerRules"/>.</summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class SourceRules
{
    /// <summary>SS5005: the article does not say who wrote it.</summary>
    public static readonly Rule NoByline = new(
        "SS5005", Signal.Source, "No byline",
        "No byline: neither the text nor the metadata says who wrote the article",
        Severity.Info,
        "No author was given, found in the page's metadata or byline, or written in the text (\"By …\" at the start, a reporting credit or an author's note at the end).")
    {
        Rationale = "Readers and editors weigh a story by who stands behind it.",
        Fix = "Add the byline.",
        Example = "A news story with no 'By' line, no author metadata and no reporting credit.",
    };

    /// <summary>SS5006: the article does not say when (or where) it was reported.</summary>
    public static readonly Rule NoDateline = new(
        "SS5006", Signal.Source, "No dateline or date",
        "No dateline or date: the article does not say when it was published or where it was reported from",
        Severity.Info,
        "No publication date was given or found in the page's metadata, and the opening has neither a dateline (\"BAMAKO, Mali —\", \"LONDON (Reuters) -\") nor a full date.")
    {
        Rationale = "Undated news is easily recirculated out of its time and misread as current.",
        Fix = "Add the date, or a dateline.",
        Example = "A story that says 'on Tuesday' but nowhere which Tuesday, with no date in its metadata.",
    };

    /// <summary>SS5007: the article argues in its own voice but is not labelled as opinion.</summary>
    public static readonly Rule OpinionNotLabelled = new(
        "SS5007", Signal.Source, "Opinion not labelled as opinion",
        "Reads as opinion ({0} of its {1} unattributed sentences prescribe, judge or speak in the first person) but is not labelled as opinion",
        Severity.Warning,
        "Outside quotations and reported speech, at least five sentences, and 30 % or more of them, argue in the writer's own voice (\"should\", \"we must\", \"I believe\", rhetorical questions, judgements such as \"troubling\"), yet no label, section, address or disclaimer marks the piece as opinion or commentary.")
    {
        Rationale = "Readers take unlabelled commentary for news reporting.",
        Fix = "Label it as opinion or analysis, or attribute the views.",
        Example = "We must act now. This troubling decision should never have been made. I believe the council failed us.",
    };

    /// <summary>SS5008: the body does not support the headline.</summary>
    public static readonly Rule HeadlineNotSupported = new(
        "SS5008", Signal.Source, "Headline not supported by the body",
        "The body does not support the headline: the stance model reads that it {0} (probability {1})",
        Severity.Warning,
        "The stance model (the one the agreement signal uses, trained on FNC-1 headline/body pairs) reads the article's body as unrelated to its headline or disputing it.")
    {
        Rationale = "A headline the story does not bear out misleads readers who stop at it.",
        Fix = "Rewrite the headline or the story so that the body supports the headline.",
        Example = "Headline 'Minister resigns over scandal' on a story about a school opening.",
    };

    /// <summary>Gets the rules the article-facts check reports (SS5005–SS5008).</summary>
    internal static IReadOnlyList<Rule> ArticleFacts { get; } = [NoByline, NoDateline, OpinionNotLabelled, HeadlineNotSupported];

    /// <summary>Gets every rule of the <c>SS5xxx</c> range, in id order: the scorer's own (<see cref="ScorerRules"/>) and the article facts.</summary>
    public static IReadOnlyList<Rule> All { get; } = [.. ScorerRules.InputLimits, .. ArticleFacts, ScorerRules.NoText, ScorerRules.ScoringFailed, ScorerRules.NoArticleFound];
}
