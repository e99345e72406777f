namespace SourceScore;

/// <summary>The word band of an overall score.</summary>
public enum TrustBand
{
    /// <summary>0 to under 40: do not rely on it as it is.</summary>
    Unreliable = 0,

    /// <summary>40 to under 60: read with caution; the reasons say what to check.</summary>
    Caution = 1,

    /// <summary>60 to under 80: generally reliable, with a few things to look at.</summary>
    GenerallyReliable = 2,

    /// <summary>80 to 100: reliable.</summary>
    Reliable = 3,

    /// <summary>No overall score: scoring the article failed (<see cref="ArticleScore.Error"/>).</summary>
    Unscored = 4,
}
