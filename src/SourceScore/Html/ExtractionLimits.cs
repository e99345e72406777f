namespace SourceScore.Html;

/// <summary>Which input limits an extraction reached; the scorer reports each as a source finding.</summary>
[Flags]
internal enum ExtractionLimits
{
    None = 0,

    /// <summary>The HTML was longer than the limit; only its start was read.</summary>
    HtmlTruncated = 1,

    /// <summary>Elements were nested deeper than the limit; the deeper content was read as flat text.</summary>
    DepthLimited = 2,
}
