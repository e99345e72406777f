namespace SourceScore.Cli.Output;

/// <summary>Formats scored articles on standard output in one of the contract's formats.</summary>
internal interface IScoreWriter : IAsyncDisposable
{
    ValueTask WriteAsync(Article article, ArticleScore score, CancellationToken cancellationToken);
}
