namespace SourceScore;

/// <summary>The bounds and thresholds of a <see cref="CorpusIndex"/>.</summary>
public sealed class CorpusIndexOptions
{
    /// <summary>Gets the default options.</summary>
    public static CorpusIndexOptions Default { get; } = new();

    /// <summary>Gets the most articles held; adding one more forgets the oldest. Default 100,000.</summary>
    public int MaxArticles { get; init; } = 100_000;

    /// <summary>Gets how long an article is held: articles published (or, without a date, added) longer than this before the newest are forgotten, and two dated articles further apart are never related. Default 30 days.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Gets the least salient-term similarity at which two articles count as the same story. Default 0.1 (on FNC-1 bodies: 88 % of same-story pairs found, 4 other-story matches per 1,700 articles; the stance model then sorts the claims).</summary>
    public double MinSimilarity { get; init; } = 0.1;

    /// <summary>Gets how many characters of each article's opening are kept for comparing claims (cut at a sentence end). Default 2,000.</summary>
    public int LeadLength { get; init; } = 2_000;
}
