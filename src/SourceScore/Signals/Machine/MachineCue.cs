namespace SourceScore.Signals.Machine;

/// <summary>What kind of evidence a <see cref="MachineCue"/> is.</summary>
internal enum MachineCueKind : byte
{
    StockPhrase,
    Misspelling,
    SwappedWord,
    TemplateHeading,
    MissingSpace,
    SpaceBefore,
}

/// <summary>
/// One piece of evidence the machine-prose analysis found: where it is, the text, and what the text
/// usually is (the correction of a misspelling, the usual word of a swapped pair).
/// </summary>
internal readonly record struct MachineCue(MachineCueKind Kind, TextSpan Span, string? Suggestion);
