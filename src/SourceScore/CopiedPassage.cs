namespace SourceScore;

/// <summary>One passage of an article taken from an earlier one: where it is, and where it came from.</summary>
/// <param name="Span">The passage in the article's text.</param>
/// <param name="Original">The passage it came from, in the earlier article's text (offsets into that article's text).</param>
public readonly record struct CopiedPassage(TextSpan Span, TextSpan Original);
