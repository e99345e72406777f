namespace SourceScore;

/// <summary>What an <see cref="Article"/> was made from.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text, taken exactly as it was.</summary>
    Text = 0,

    /// <summary>An HTML page whose article text was extracted.</summary>
    Html = 1,
}
