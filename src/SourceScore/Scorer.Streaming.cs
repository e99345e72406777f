using System.Runtime.CompilerServices;
using System.Threading.Channels;
using SourceScore.Scoring;

namespace SourceScore;

public sealed partial class Scorer
{
    /// <summary>
    /// Scores a stream of articles with bounded parallelism (<see cref="ScorerOptions.MaxDegreeOfParallelism"/>),
    /// yielding results in input order. At most a few times that many articles are in flight, so memory
    /// does not grow with the stream.
    /// </summary>
    /// <param name="articles">The articles, read once, in order.</param>
    /// <param name="cancellationToken">Stops reading and scoring; results already yielded stay valid.</param>
    /// <returns>One score per article, in the order the articles came.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ArticleScore> ScoreAsync(IAsyncEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return _settings.Options.MaxDegreeOfParallelism == 1
            ? ScoreSequentialAsync(articles, cancellationToken)
            : ScoreParallelAsync(articles, _settings.Options.MaxDegreeOfParallelism, cancellationToken);
    }

    private async IAsyncEnumerable<ArticleScore> ScoreSequentialAsync(IAsyncEnumerable<Article> articles, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Score(article, cancellationToken);
        }
    }

    private async IAsyncEnumerable<ArticleScore> ScoreParallelAsync(IAsyncEnumerable<Article> articles, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Each article becomes a task; the tasks go through a bounded channel in input order, so the
        // reader awaits them in that order while up to `parallelism` of them run at once.
        var pending = Channel.CreateBounded<Task<ArticleScore>>(new BoundedChannelOptions(parallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(parallelism, parallelism);
        var gate = NeedsOrder ? new SequenceGate() : null;
        var producer = ProduceAsync(articles, pending.Writer, slots, gate, stop.Token);
        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // ReadAllAsync drains buffered items even after cancellation; stop at once instead.
                cancellationToken.ThrowIfCancellationRequested();
                yield return await task.ConfigureAwait(false);
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (pending.Reader.TryRead(out var leftover))
            {
                await ((Task)leftover).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ProduceAsync(IAsyncEnumerable<Article> articles, ChannelWriter<Task<ArticleScore>> writer, SemaphoreSlim slots, SequenceGate? gate, CancellationToken cancellationToken)
    {
        long sequence = 0;
        try
        {
            await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(article, nameof(articles));
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var ticket = gate is null ? null : new SequenceTicket(gate, sequence++);
                var task = Task.Run(
                    () =>
                    {
                        try
                        {
                            return ScoreInStream(article, ticket, cancellationToken);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    CancellationToken.None);
                await writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
            }

            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }
}
