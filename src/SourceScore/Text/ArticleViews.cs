namespace SourceScore.Text;

/// <summary>
/// The views of an article's text that checks share. Built once per article, lazily; immutable after
/// construction, so safe to read from several threads.
/// </summary>
internal sealed class ArticleViews
{
    public ArticleViews(string text)
    {
        Lines = LineIndex.Build(text);
    }

    /// <summary>Gets the lines of the text, each without its terminator.</summary>
    public LineIndex Lines { get; }
}
