using SourceScore.Index;

namespace SourceScore;

/// <summary>An earlier article about the same story, as a <see cref="ICorpusIndex"/> found it.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Source">Its publisher or domain (empty when unknown).</param>
/// <param name="Published">When it was published, when known.</param>
/// <param name="Similarity">How much of the story's salient terms the two articles share, in [0, 1].</param>
/// <param name="Resemblance">The estimated share of wording (word 3-shingles) the two articles have in common, in [0, 1]: near 1 for a reprint.</param>
/// <param name="Lead">The opening of the article's text that the index keeps (what claims are compared with).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RelatedArticle(string Id, string Source, DateTimeOffset? Published, double Similarity, double Resemblance, string Lead)
{
    /// <summary>
    /// Gets the article's whole text when the index keeps it, else <see langword="null"/>. Copy detection aligns a new
    /// article with it (with <see cref="Lead"/> when there is neither this nor what <see cref="CorpusIndex"/> keeps for it).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Gets what <see cref="CorpusIndex"/> keeps of the article for copy detection (its sentences and their terms), or <see langword="null"/>.</summary>
    internal CopyPrint? Print { get; init; }

    /// <summary>
    /// Gets where the article stands in the index's time (its publication time, else the time it was indexed, in ticks):
    /// an earlier one was there first. 0 when the index does not say.
    /// </summary>
    internal long Order { get; init; }
}
