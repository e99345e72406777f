namespace SourceScore;

/// <summary>One reported instance of a <see cref="SourceScore.Rule"/> in an article.</summary>
/// <param name="Rule">The rule that was reported.</param>
/// <param name="Severity">The severity after the scorer's overrides.</param>
/// <param name="Span">Where in <see cref="Article.Text"/> the problem is.</param>
/// <param name="Position">The 1-based line and column of <see cref="TextSpan.Start"/>.</param>
/// <param name="Message">What is wrong and, where it can be known, what the text should be (invariant culture).</param>
/// <param name="Excerpt">The text under <paramref name="Span"/>, shortened with an ellipsis when long.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Finding(Rule Rule, Severity Severity, TextSpan Span, LinePosition Position, string Message, string Excerpt)
{
    /// <summary>
    /// Gets a value indicating whether the editor suppressed the finding in the draft (an inline
    /// <c>&lt;!-- sourcescore-disable-next-line … --&gt;</c>): it is listed in <see cref="ArticleScore.SuppressedFindings"/>, never in
    /// <see cref="ArticleScore.Findings"/>, and does not count towards any score.
    /// </summary>
    public bool Suppressed { get; init; }

    /// <summary>Gets the editor's reason for the suppression (the comment's text after <c>--</c>); empty when none was given, null when not suppressed.</summary>
    public string? Justification { get; init; }
}
