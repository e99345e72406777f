namespace SourceScore.Html;

/// <summary>What the text emitter does with an element, as the page analysis decided (<see cref="PageAnalysis.TreatmentOf"/>).</summary>
internal enum NodeTreatment
{
    /// <summary>The measurement did not reach it (it lies below a flattened node): the emitter applies its own drop test.</summary>
    Unmeasured,

    /// <summary>Written, element by element.</summary>
    Keep,

    /// <summary>Left out: an unlikely or link-heavy part of a page whose main content is kept.</summary>
    Drop,

    /// <summary>Written as flat text, without its structure (deeper than the nesting limit).</summary>
    Flat,
}
