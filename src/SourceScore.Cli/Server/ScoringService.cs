using SourceScore.Cli.Input;

namespace SourceScore.Cli.Server;

/// <summary>
/// What every request of <c>sourcescore serve</c> shares: one story index (scored articles are added to it; a checked
/// draft only when asked), one source ledger, and the scorers over them. Thread-safe: the scorer, the index and the
/// ledger are.
/// </summary>
internal sealed class ScoringService : IDisposable
{
    private readonly Scorer _remembering;
    private readonly Scorer _checking;
    private readonly SqliteSourceLedger? _ledger;

    public ScoringService(ServerOptions options, Func<ICorpusIndex, Scorer> createScorer)
    {
        Index = new CorpusIndex();
        _remembering = createScorer(Index);
        _checking = createScorer(new ReadOnlyCorpusIndex(Index));
        _ledger = options.LedgerPath is null ? null : new SqliteSourceLedger(options.LedgerPath);
    }

    /// <summary>Gets the story index.</summary>
    public CorpusIndex Index { get; }

    /// <summary>Gets the source ledger, when the server keeps one.</summary>
    public ISourceLedger? Ledger => _ledger;

    /// <summary>Gets every rule the scorer reports.</summary>
    public IReadOnlyList<Rule> Rules => _remembering.Rules;

    /// <summary>Gets the scorer that adds what it scores to the index.</summary>
    public Scorer Scorer => _remembering;

    /// <summary>
    /// Scores articles in their order, as <c>sourcescore score</c> does a feed: each is compared with the index (earlier
    /// articles of the batch included) and added to it, and, with a ledger, recorded under its source, the record then
    /// carrying the source's credibility before it.
    /// </summary>
    public async Task<List<ArticleScore>> ScoreAsync(IReadOnlyList<InputArticle> inputs, CancellationToken cancellationToken)
    {
        var scores = new List<ArticleScore>(inputs.Count);
        if (inputs.Count == 1)
        {
            scores.Add(Recorded(inputs[0].Article, _remembering.Score(inputs[0].Article, cancellationToken)));
            return scores;
        }

        int i = 0;
        await foreach (var score in _remembering.ScoreAsync(inputs.Select(i => i.Article).ToAsyncEnumerable(), cancellationToken).ConfigureAwait(false))
        {
            scores.Add(Recorded(inputs[i++].Article, score));
        }

        return scores;
    }

    /// <summary>Checks a draft: compared with the index, added to it only when <paramref name="remember"/>, never recorded in the ledger.</summary>
    public ArticleScore Check(Article article, bool remember, CancellationToken cancellationToken) =>
        (remember ? _remembering : _checking).Score(article, cancellationToken);

    /// <summary>Adds the articles of the corpus inputs to the index; returns the number of inputs that could not be read.</summary>
    public async Task<int> IndexAsync(IReadOnlyList<string> corpus, TextWriter errors, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader(e => errors.WriteLine(e.ToString()), () => Stream.Null);
        await foreach (var input in reader.ReadAsync(reader.Expand(corpus), cancellationToken).ConfigureAwait(false))
        {
            Index.Add(input.Article);
        }

        return reader.ErrorCount;
    }

    public void Dispose()
    {
        _ledger?.Dispose();
        Index.Dispose();
    }

    private ArticleScore Recorded(Article article, ArticleScore score) =>
        _ledger is null ? score : score with { SourceCredibility = _ledger.Record(article, score)?.Credibility };
}
