using SourceScore.Cli.Input;

namespace SourceScore.Cli.Output;

/// <summary>Formats scored articles on standard output in one of the contract's formats.</summary>
internal interface IScoreWriter : IAsyncDisposable
{
    /// <summary>Writes one scored article; <paramref name="input"/> says where it was read from.</summary>
    ValueTask WriteAsync(InputArticle input, ArticleScore score, CancellationToken cancellationToken);
}
