namespace SourceScore.Cli.Server;

/// <summary>
/// The shared story index as a draft check sees it: looked up, never added to (a draft is not published coverage
/// unless the editor asks, with <c>?remember=true</c>).
/// </summary>
internal sealed class ReadOnlyCorpusIndex : ICorpusIndex
{
    private readonly ICorpusIndex _index;

    public ReadOnlyCorpusIndex(ICorpusIndex index) => _index = index;

    public int Count => _index.Count;

    public void Add(Article article)
    {
        // A draft checked is compared with the index but not kept in it.
    }

    public IReadOnlyList<RelatedArticle> FindRelated(Article article, int maxResults) => _index.FindRelated(article, maxResults);
}
