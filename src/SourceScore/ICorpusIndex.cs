namespace SourceScore;

/// <summary>
/// The articles already seen, kept so that a new article can be compared with earlier coverage of its story.
/// Implementations are thread-safe and bounded (they forget the oldest articles); <see cref="CorpusIndex"/> is
/// the in-memory one.
/// </summary>
public interface ICorpusIndex
{
    /// <summary>Gets the number of articles held.</summary>
    int Count { get; }

    /// <summary>Adds an article (an article with the id of one already held replaces it).</summary>
    /// <param name="article">The article.</param>
    void Add(Article article);

    /// <summary>Finds the held articles about the same story as <paramref name="article"/>, most similar first; never one with the same id.</summary>
    /// <param name="article">The article.</param>
    /// <param name="maxResults">At most this many.</param>
    /// <returns>The related articles.</returns>
    IReadOnlyList<RelatedArticle> FindRelated(Article article, int maxResults);
}
