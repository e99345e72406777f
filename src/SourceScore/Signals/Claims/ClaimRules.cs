namespace SourceScore.Signals.Claims;

/// <summary>The rules of the claims signal (<c>SS3xxx</c>).</summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class ClaimRules
{
    /// <summary>SS3001: a check-worthy factual claim with no attribution, quotation or source.</summary>
    public static readonly Rule UnsupportedClaim = new(
        "SS3001", Signal.Claims, "Unsupported check-worthy claim",
        "Check-worthy claim (checkworthy {0}) that needs a source and names none ({1}: '{2}'): say who says so, or cite where it comes from",
        Severity.Info,
        "The check-worthiness model (trained on debate claims that fact-checkers chose to check) rates the sentence as a factual claim a reader would want checked; it is of a kind a reader cannot take on the reporter's word (an accusation, a cause, an asserted superlative or record, a forecast, the reporter's interpretation of events); and nothing in it, in the sentence before it or in its paragraph names a source: no speaker, no 'according to', no document, no link. A reporter's own account of what happened (who, what, where, when, the counts of the event) needs no source and is not reported.")
    {
        Rationale = "Readers cannot tell whether an unattributed accusation, cause or record is established fact, the writer's opinion or a rumour.",
        Fix = "Attribute the claim to a named source or cite the evidence (a document, data, a link).",
        Example = "The new law caused the sharp rise in evictions.",
    };

    /// <summary>SS3002: a figure or statistic given with no source.</summary>
    public static readonly Rule UnsourcedFigure = new(
        "SS3002", Signal.Claims, "Unsourced figure",
        "The figure '{0}' is given with no source: say where it comes from",
        Severity.Warning,
        "A statistic (a percentage or rate, an amount of money, a scaled amount, a study's or poll's finding) in a check-worthy claim that names no source. The counts of a reported event and a product's specifications are not statistics.")
    {
        Rationale = "Figures are what readers and fact-checkers check first; a number with no source cannot be checked or put in context.",
        Fix = "Name the study, agency, data set or person the figure comes from.",
        Example = "Crime in the city increased by more than 2,000 percent.",
    };

    /// <summary>SS3003: vague or anonymous attribution — a weasel, not support.</summary>
    public static readonly Rule WeaselAttribution = new(
        "SS3003", Signal.Claims, "Weasel attribution",
        "'{0}' attributes the statement to nobody in particular: name the source",
        Severity.Warning,
        "Vague attribution ('experts say', 'critics argue', 'it is widely believed', 'many observers', 'reportedly') or a strong hedge with no named source.")
    {
        Rationale = "Weasel wording gives a statement the air of support without any: readers cannot tell who stands behind it.",
        Fix = "Name who says so, or say it in the paper's own voice and stand by it.",
        Example = "Experts say the dam could fail within a decade.",
    };

    /// <summary>SS3004: heavy hedging.</summary>
    public static readonly Rule HeavyHedging = new(
        "SS3004", Signal.Claims, "Heavy hedging",
        "The sentence hedges heavily ('{0}'): say what is known, and who says so",
        Severity.Info,
        "Stacked hedges ('could possibly', 'may well', 'it is believed', two or more of 'may', 'likely', 'suggests') in one statement.")
    {
        Rationale = "A heavily hedged statement cannot be checked or held to account, yet readers remember it as a claim.",
        Fix = "Keep one hedge where the uncertainty is real and attribute it.",
        Example = "The plan could possibly lead to what may well be the largest cuts in years.",
    };

    /// <summary>Gets every claims rule, in id order.</summary>
    public static IReadOnlyList<Rule> All { get; } = [UnsupportedClaim, UnsourcedFigure, WeaselAttribution, HeavyHedging];
}
