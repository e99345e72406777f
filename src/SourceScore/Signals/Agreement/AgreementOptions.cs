namespace SourceScore.Signals.Agreement;

/// <summary>How the cross-source agreement signal compares an article with earlier coverage.</summary>
public sealed class AgreementOptions
{
    /// <summary>Gets the default options.</summary>
    public static AgreementOptions Default { get; } = new();

    /// <summary>Gets how many related articles an article is compared with, most similar first. Default 5.</summary>
    public int MaxRelated { get; init; } = 5;

    /// <summary>Gets how many of an article's claims (the most check-worthy first) are compared. Default 8.</summary>
    public int MaxClaims { get; init; } = 8;

    /// <summary>Gets whether each scored article is added to the index after its lookup, so later articles are compared with it. Default true.</summary>
    public bool AddScoredArticles { get; init; } = true;

    /// <summary>
    /// Gets whether an article is aligned with its most similar related articles to find the one it was copied or
    /// reworded from (SS4005–SS4007, <see cref="ArticleScore.CopiedFrom"/>); a derived article is then not counted as
    /// independent coverage. Default true.
    /// </summary>
    public bool DetectCopies { get; init; } = true;

    /// <summary>Gets the probability of disagreement from which the stance model's verdict counts as a contradiction. Default 0.5.</summary>
    public double ContradictionProbability { get; init; } = 0.5;
}
