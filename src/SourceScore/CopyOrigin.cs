namespace SourceScore;

/// <summary>
/// The earlier article, from another source, that an article was copied or reworded from
/// (<see cref="ArticleScore.CopiedFrom"/>): an article derived from it never counts as a second source confirming it.
/// </summary>
/// <param name="Id">The earlier article's id.</param>
/// <param name="Source">Its publisher or domain (empty when unknown).</param>
/// <param name="Share">The share of the article's text derived from it, in [0, 1].</param>
/// <param name="Kind">Whether the text was reprinted or reworded.</param>
/// <param name="Credited">Whether the article credits it (names its source, or says it was first published there): syndication rather than a copy.</param>
/// <param name="Passages">The reused passages, in article order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CopyOrigin(string Id, string Source, double Share, CopyKind Kind, bool Credited, IReadOnlyList<CopiedPassage> Passages);
