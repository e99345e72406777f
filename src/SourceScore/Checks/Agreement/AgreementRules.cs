namespace SourceScore.Checks.Agreement;

/// <summary>The rules of the cross-source agreement signal (<c>SS4xxx</c>).</summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class AgreementRules
{
    /// <summary>SS4001: related coverage contradicts the claim.</summary>
    public static readonly Rule ContradictedClaim = new(
        "SS4001", Signal.Agreement, "Claim contradicted by other coverage",
        "Contradicted by {0}: \u201C{1}\u201D",
        Severity.Warning,
        "An earlier article about the same story says otherwise: the stance model reads it as disputing the claim, or it moves the same party the other way (allies with what this article says was dropped, or the reverse). Check the claim against that report and its sources before publishing.");

    /// <summary>SS4002: related coverage corroborates the claim.</summary>
    public static readonly Rule CorroboratedClaim = new(
        "SS4002", Signal.Agreement, "Claim corroborated by other coverage",
        "Corroborated by {0}: \u201C{1}\u201D",
        Severity.Info,
        "An earlier article about the same story, from another source, reports the same claim.");

    /// <summary>SS4003: related coverage only discusses the claim.</summary>
    public static readonly Rule DiscussedClaim = new(
        "SS4003", Signal.Agreement, "Claim only discussed by other coverage",
        "Only discussed by {0}, which neither confirms nor disputes it: \u201C{1}\u201D",
        Severity.Info,
        "Other coverage of the story mentions the claim without taking a side (reports it as said, alleged or rumoured). It is not corroboration.");

    /// <summary>SS4004: no related coverage bears on the claim.</summary>
    public static readonly Rule UnverifiedClaim = new(
        "SS4004", Signal.Agreement, "Claim not found in other coverage",
        "None of the {0} related articles reports this claim",
        Severity.Info,
        "Other coverage of the same story is known, but none of it bears on this check-worthy claim. It may be new, or it may be wrong: find a second source.");

    /// <summary>SS4005: the article is a near-copy of an earlier one from another source.</summary>
    public static readonly Rule NearCopy = new(
        "SS4005", Signal.Agreement, "Near-copy of another article",
        "Near-copy of {0} ({1} of its wording in common)",
        Severity.Info,
        "The article shares nearly all its wording with an earlier article from another source: a wire reprint or a copy. Credit the original.");

    /// <summary>SS4006: the article is a reworded copy (a spin) of an earlier one.</summary>
    public static readonly Rule RewordedCopy = new(
        "SS4006", Signal.Agreement, "Reworded copy of another article",
        "Reworded copy of {0}: the same story terms ({1} similar) in different wording ({2} in common)",
        Severity.Warning,
        "The article tells the same story with the same names and terms as an earlier article from another source but in other words: the mark of an article spinner or a paraphrasing tool run over someone else's report.");

    /// <summary>Gets every agreement rule, in id order.</summary>
    public static IReadOnlyList<Rule> All { get; } = [ContradictedClaim, CorroboratedClaim, DiscussedClaim, UnverifiedClaim, NearCopy, RewordedCopy];
}
