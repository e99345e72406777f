using SourceScore.Index;
using SourceScore.StanceReader;

namespace SourceScore.Text;

/// <summary>
/// The views of an article's text that checks share. Built once per article, lazily; immutable after
/// construction, so safe to read from several threads.
/// </summary>
internal sealed class ArticleViews
{
    private readonly string _text;
    private TextSpan[]? _sentences;
    private StoryProfile? _profile;
    private CopyPrint? _copyPrint;

    public ArticleViews(string text)
    {
        _text = text;
        Lines = LineIndex.Build(text);
    }

    /// <summary>Gets the lines of the text, each without its terminator.</summary>
    public LineIndex Lines { get; }

    /// <summary>Gets the sentences of the text (<see cref="SentenceSplitter"/>), split on first use.</summary>
    public TextSpan[] Sentences => _sentences ?? Interlocked.CompareExchange(ref _sentences, Split(_text), null) ?? _sentences;

    /// <summary>Gets what the story index keeps of the text (<see cref="StoryProfile"/>), computed on first use.</summary>
    public StoryProfile Profile => _profile ?? Interlocked.CompareExchange(ref _profile, StoryProfile.Of(_text, Sentences, StanceModel.Lexicon), null) ?? _profile;

    /// <summary>Gets what copy detection aligns of the text (<see cref="CopyPrint"/>), computed on first use.</summary>
    public CopyPrint CopyPrint => _copyPrint ?? Interlocked.CompareExchange(ref _copyPrint, CopyPrint.Of(_text, Sentences, StanceModel.Lexicon), null) ?? _copyPrint;

    /// <summary>
    /// Gives the story profile and copy print already computed from this same text elsewhere (a cluster sends them with
    /// an article it adds to its index, so the partition does not read the text again). Views already computed stay.
    /// </summary>
    public void Seed(StoryProfile profile, CopyPrint print)
    {
        Interlocked.CompareExchange(ref _profile, profile, null);
        Interlocked.CompareExchange(ref _copyPrint, print, null);
    }

    private static TextSpan[] Split(string text)
    {
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(text, sentences);
        return [.. sentences];
    }
}
