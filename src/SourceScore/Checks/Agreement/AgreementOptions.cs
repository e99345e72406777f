namespace SourceScore.Checks.Agreement;

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

    /// <summary>Gets the wording resemblance from which an article is a near-copy of another. Default 0.7.</summary>
    public double NearCopyResemblance { get; init; } = 0.7;

    /// <summary>Gets the story similarity from which an article with little shared wording is a reworded copy. Default 0.7.</summary>
    public double RewordedSimilarity { get; init; } = 0.7;

    /// <summary>Gets the probability of disagreement from which the stance model's verdict counts as a contradiction. Default 0.5.</summary>
    public double ContradictionProbability { get; init; } = 0.5;
}
