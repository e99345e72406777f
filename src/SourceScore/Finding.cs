namespace SourceScore;

/// <summary>One reported instance of a <see cref="SourceScore.Rule"/> in an article.</summary>
/// <param name="Rule">The rule that was reported.</param>
/// <param name="Severity">The severity after the scorer's overrides.</param>
/// <param name="Span">Where in <see cref="Article.Text"/> the problem is.</param>
/// <param name="Position">The 1-based line and column of <see cref="TextSpan.Start"/>.</param>
/// <param name="Message">What is wrong and, where it can be known, what the text should be (invariant culture).</param>
/// <param name="Excerpt">The text under <paramref name="Span"/>, shortened with an ellipsis when long.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Finding(Rule Rule, Severity Severity, TextSpan Span, LinePosition Position, string Message, string Excerpt);
