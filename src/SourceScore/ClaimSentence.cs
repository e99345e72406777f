namespace SourceScore;

/// <summary>
/// One sentence of an article as the claims signal reads it: how likely it makes a check-worthy factual
/// claim, what backs it, whether it hedges heavily, and the verdict. The per-sentence view behind
/// <c>signals.claims</c> (the <c>sentences</c> of the tool's <c>--detail</c> output).
/// </summary>
/// <param name="Span">The sentence in the article text.</param>
/// <param name="CheckWorthiness">
/// How likely the sentence makes a check-worthy factual claim, in [0, 1], with the model's own decision threshold put at
/// 0.5: the sentence counts as a check-worthy claim from 0.5 (or from <c>ClaimsOptions.CheckWorthyThreshold</c>).
/// </param>
/// <param name="Attribution">What backs the sentence (its own attribution, or one carried from the sentence that governs it), or <see langword="null"/>.</param>
/// <param name="IsHedged">Whether the sentence hedges heavily ("may", "could possibly", "it is believed").</param>
/// <param name="Verdict">The verdict.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClaimSentence(TextSpan Span, double CheckWorthiness, ClaimAttribution? Attribution, bool IsHedged, ClaimVerdict Verdict)
{
    /// <summary>Gets whether the claim is left out of the unsupported count: its rule is off, or the editor suppressed it on its line.</summary>
    internal bool Waived { get; init; }
}

/// <summary>Where a sentence's support comes from.</summary>
/// <param name="Span">The words that attribute it ("Shehu said", "according to the ministry", "experts say").</param>
/// <param name="Kind">Named or vague.</param>
public readonly record struct ClaimAttribution(TextSpan Span, AttributionKind Kind);

/// <summary>Who a sentence says its statement comes from.</summary>
public enum AttributionKind
{
    /// <summary>No attribution.</summary>
    None = 0,

    /// <summary>A named person, organisation or document ("Shehu said", "according to the ministry", "in a statement", a link).</summary>
    Named = 1,

    /// <summary>Vague or anonymous: "experts say", "critics argue", "it is widely believed", "many observers". A weasel, not support.</summary>
    Vague = 2,
}

/// <summary>What the claims signal concludes about one sentence.</summary>
public enum ClaimVerdict
{
    /// <summary>The sentence makes no check-worthy factual claim.</summary>
    NotCheckWorthy = 0,

    /// <summary>A check-worthy claim backed by a named source, a document or a link.</summary>
    Supported = 1,

    /// <summary>A check-worthy claim with no attribution at all.</summary>
    Unsupported = 2,

    /// <summary>A check-worthy claim attributed only vaguely ("experts say"): a weasel, not support.</summary>
    Vague = 3,
}
