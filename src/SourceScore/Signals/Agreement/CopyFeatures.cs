namespace SourceScore.Signals.Agreement;

/// <summary>
/// What an alignment of an article with a candidate original measured (<see cref="CopyAlignment.Align"/>): how much of
/// the article retells the original, in order and in any order, how much of the original it covers, and how many of
/// its names, figures and content words the original holds and the other way round. Only the in-order figures and the
/// sentence counts are measured for an article that cannot be derived (<see cref="CopyAlignment.CouldBeDerived"/>);
/// the others are then 0, as no model reads them.
/// </summary>
/// <param name="Share">The share of the article's sentence text aligned with the original, in order.</param>
/// <param name="FactShare">The same share over the article's factual sentences (those naming someone or giving a figure).</param>
/// <param name="Anchors">Of the article's names and figures (IDF-weighted), the share the original holds (itself or a synonym).</param>
/// <param name="Verbatim">Of the aligned sentences' consecutive content-word pairs, the share the original sentence has in the same order.</param>
/// <param name="Sentences">Article sentences aligned in order.</param>
/// <param name="OriginalAnchors">Of the original's names and figures (IDF-weighted), the share the article holds.</param>
/// <param name="AnyOrderShare">The share of the article's sentence text that retells some sentence of the original, whatever the order.</param>
/// <param name="OriginalCovered">The share of the original's sentence text that some article sentence retells, whatever the order.</param>
/// <param name="ArticleSentences">The article's sentences.</param>
/// <param name="OriginalSentences">The original's sentences.</param>
/// <param name="ArticleAnchorCount">The article's distinct names and figures.</param>
/// <param name="BorrowedAnchorCount">Of those, how many the original holds.</param>
/// <param name="OriginalAnchorCount">The original's distinct names and figures.</param>
/// <param name="Words">Of the article's distinct content words and figures (IDF-weighted), the share the original holds.</param>
/// <param name="OriginalWords">Of the original's distinct content words and figures (IDF-weighted), the share the article holds.</param>
/// <param name="AnchorOrder">Kendall's tau of the first places of the names and figures both texts hold: 1 when they come in the same order.</param>
internal readonly record struct CopyEvidence(
    double Share,
    double FactShare,
    double Anchors,
    double Verbatim,
    int Sentences,
    double OriginalAnchors,
    double AnyOrderShare,
    double OriginalCovered,
    int ArticleSentences,
    int OriginalSentences,
    int ArticleAnchorCount,
    int BorrowedAnchorCount,
    int OriginalAnchorCount,
    double Words,
    double OriginalWords,
    double AnchorOrder);

/// <summary>
/// The copy model's features: each name with how it is read from a <see cref="CopyEvidence"/>, in one table, so that the
/// trainer and the library write the same vector in the same order. <see cref="SchemaVersion"/> changes whenever the
/// vector does; the model carries it (<see cref="Models.ModelStamp"/>). Thread-safe.
/// </summary>
internal static class CopyFeatures
{
    /// <summary>The feature schema's version.</summary>
    public const int SchemaVersion = 1;

    private delegate float Read(in CopyEvidence e);

    private static readonly (string Name, Read Read)[] s_features =
    [
        ("share", static (in CopyEvidence e) => (float)e.Share),
        ("fact_share", static (in CopyEvidence e) => (float)e.FactShare),
        ("anchors_borrowed", static (in CopyEvidence e) => (float)e.Anchors),
        ("verbatim", static (in CopyEvidence e) => (float)e.Verbatim),
        ("sentences_aligned", static (in CopyEvidence e) => e.Sentences),
        ("original_anchors_kept", static (in CopyEvidence e) => (float)e.OriginalAnchors),
        ("any_order_share", static (in CopyEvidence e) => (float)e.AnyOrderShare),
        ("original_covered", static (in CopyEvidence e) => (float)e.OriginalCovered),
        ("article_sentences", static (in CopyEvidence e) => e.ArticleSentences),
        ("original_sentences", static (in CopyEvidence e) => e.OriginalSentences),
        ("article_anchors", static (in CopyEvidence e) => e.ArticleAnchorCount),
        ("borrowed_anchors", static (in CopyEvidence e) => e.BorrowedAnchorCount),
        ("original_anchors", static (in CopyEvidence e) => e.OriginalAnchorCount),
        ("words_borrowed", static (in CopyEvidence e) => (float)e.Words),
        ("original_words_kept", static (in CopyEvidence e) => (float)e.OriginalWords),
        ("anchor_order", static (in CopyEvidence e) => (float)e.AnchorOrder),
    ];

    /// <summary>Gets the number of features.</summary>
    public static int Count => s_features.Length;

    /// <summary>Gets the features' names, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_features.Select(f => f.Name)];

    /// <summary>Gets the stamp a model trained on these features carries.</summary>
    public static Models.ModelStamp Stamp => new("copy", SchemaVersion, Count);

    /// <summary>Writes the features of <paramref name="evidence"/> to <paramref name="features"/> (at least <see cref="Count"/> long).</summary>
    public static void Write(in CopyEvidence evidence, Span<float> features)
    {
        for (int i = 0; i < s_features.Length; i++)
        {
            features[i] = s_features[i].Read(in evidence);
        }
    }
}
