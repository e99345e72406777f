namespace SourceScore.Html;

/// <summary>What <see cref="HtmlTextExtractor"/> got from a page.</summary>
internal sealed record ExtractedHtml(string Text, string? Title, DateTimeOffset? Published, ExtractionLimits Limits, int MaxHtmlLength, int MaxDepth);
