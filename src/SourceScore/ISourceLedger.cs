namespace SourceScore;

/// <summary>
/// A credibility record per source (publisher or domain) that learns from every article scored: the article
/// count, a rolling credibility (a Bayesian average of the articles' overall scores with a prior, older articles
/// weighing less), each signal's average risk, and when the source was first and last seen. The source of an
/// article is its <see cref="Article.Source"/>, or else the host of its <see cref="Article.Url"/> (lower case,
/// without <c>www.</c>); an article with neither is not recorded.
/// </summary>
/// <remarks>
/// Implementations are thread-safe. Recording an article is atomic: a reader sees it wholly or not at all.
/// Every call to <see cref="Record"/> counts, so scoring an article again records it again.
/// </remarks>
public interface ISourceLedger
{
    /// <summary>Records a scored article under its source.</summary>
    /// <param name="article">The article (its source, URL and publication date are read).</param>
    /// <param name="score">Its score.</param>
    /// <returns>The source's record as it was before this article; <see langword="null"/> when the source had no article yet, the article has no source, or it has no score (its scoring failed: it is not recorded).</returns>
    SourceRecord? Record(Article article, ArticleScore score);

    /// <summary>The record of one source, or <see langword="null"/> when it has none.</summary>
    /// <param name="source">The source, as <see cref="SourceRecord.Source"/> gives it (case is ignored).</param>
    /// <returns>The record.</returns>
    SourceRecord? Find(string source);

    /// <summary>Every source's record, the most credible first (then the most articles, then by name).</summary>
    /// <returns>The records.</returns>
    IReadOnlyList<SourceRecord> List();
}
