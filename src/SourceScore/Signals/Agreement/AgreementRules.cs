namespace SourceScore.Signals.Agreement;

/// <summary>The rules of the cross-source agreement signal (<c>SS4xxx</c>).</summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class AgreementRules
{
    /// <summary>SS4001: related coverage contradicts the claim.</summary>
    public static readonly Rule ContradictedClaim = new(
        "SS4001", Signal.Agreement, "Claim contradicted by other coverage",
        "Contradicted by {0}: \u201C{1}\u201D",
        Severity.Warning,
        "An earlier article about the same story says otherwise: the stance model reads it as disputing the claim, or it moves the same party the other way (allies with what this article says was dropped, or the reverse).")
    {
        Rationale = "When coverage disagrees, one report is wrong; publishing without checking risks spreading the error.",
        Fix = "Check the claim against that report and its sources before publishing; say so if the accounts differ.",
        Example = "Niger's junta ended its military agreement with Russia. (Earlier coverage: the junta turned to Russia for security.)",
    };

    /// <summary>SS4002: related coverage corroborates the claim.</summary>
    public static readonly Rule CorroboratedClaim = new(
        "SS4002", Signal.Agreement, "Claim corroborated by other coverage",
        "Corroborated by {0}: \u201C{1}\u201D",
        Severity.Info,
        "An earlier article about the same story, from another source, reports the same claim.")
    {
        Rationale = "Independent corroboration is what makes a claim more credible; this finding says where it comes from.",
        Fix = "Nothing to fix; the finding names the corroborating article.",
        Example = "General Tchiani was sworn in as head of state. (Earlier coverage from another source: General Tiani took office as president.)",
    };

    /// <summary>SS4003: related coverage only discusses the claim.</summary>
    public static readonly Rule DiscussedClaim = new(
        "SS4003", Signal.Agreement, "Claim only discussed by other coverage",
        "Only discussed by {0}, which neither confirms nor disputes it: \u201C{1}\u201D",
        Severity.Info,
        "Other coverage of the story mentions the claim without taking a side (reports it as said, alleged or rumoured).")
    {
        Rationale = "Coverage that only repeats a claim is not corroboration; readers should not take it as confirmation.",
        Fix = "Treat the claim as unconfirmed; find a source that establishes it.",
        Example = "The company sold the data to advertisers. (Earlier coverage: the company is alleged to have sold the data.)",
    };

    /// <summary>SS4004: no related coverage bears on the claim.</summary>
    public static readonly Rule UnverifiedClaim = new(
        "SS4004", Signal.Agreement, "Claim not found in other coverage",
        "None of the {0} related articles reports this claim",
        Severity.Info,
        "Other coverage of the same story is known, but none of it bears on this check-worthy claim.")
    {
        Rationale = "A claim nobody else reports may be new, or it may be wrong.",
        Fix = "Find a second source for the claim.",
        Example = "The minister resigned on Tuesday. (Earlier coverage of the story does not mention a resignation.)",
    };

    /// <summary>SS4005: the article is a near-copy of an earlier one from another source, which it does not credit.</summary>
    public static readonly Rule NearCopy = new(
        "SS4005", Signal.Agreement, "Uncredited copy of another article",
        "Copied from {0}{1} without credit ({2} of the article): this passage is its text at {3}\u2013{4}",
        Severity.Warning,
        "The article reprints, word for word or nearly, an earlier article from another source and does not say so.")
    {
        Rationale = "Readers take a reprint for the outlet's own reporting, and it is not a second source for anything it says.",
        Fix = "Credit the original (name it, or say where the text first appeared) or report the story yourself.",
        Example = "A wire report published again word for word, with no credit line.",
    };

    /// <summary>SS4006: the article is a reworded copy (a spin or a paraphrase) of an earlier one from another source, which it does not credit.</summary>
    public static readonly Rule RewordedCopy = new(
        "SS4006", Signal.Agreement, "Reworded copy of another article",
        "Reworded from {0}{1} without credit ({2} of the article): this passage retells its text at {3}\u2013{4}",
        Severity.Warning,
        "The article retells an earlier article from another source, its facts and names with the words swapped or paraphrased (in the same order, or rearranged), and does not credit it: the mark of an article spinner, a content mill or a language model run over someone else's report.")
    {
        Rationale = "A reworded copy passes for independent reporting; it is not independent confirmation of the report it retells.",
        Fix = "Credit the original, or report the story from your own sources.",
        Example = "A wire report with its words swapped for synonyms ('the junta ended its pact' for 'the junta terminated its agreement'), facts in the same order, no credit.",
    };

    /// <summary>SS4007: the article reuses an earlier one from another source and credits it (syndication).</summary>
    public static readonly Rule CreditedCopy = new(
        "SS4007", Signal.Agreement, "Credited copy of another article",
        "Taken from {0}{1}, credited ({2} of the article): this passage comes from its text at {3}\u2013{4}",
        Severity.Info,
        "The article reuses an earlier article from another source and credits it: syndication or a credited rewrite.")
    {
        Rationale = "Nothing is wrong, but readers and the agreement signal must not count it as a second source confirming the original.",
        Fix = "Nothing to fix.",
        Example = "A wire report republished with 'This story first appeared on Reuters.'",
    };

    /// <summary>Gets every agreement rule, in id order.</summary>
    public static IReadOnlyList<Rule> All { get; } = [ContradictedClaim, CorroboratedClaim, DiscussedClaim, UnverifiedClaim, NearCopy, RewordedCopy, CreditedCopy];
}
