using System.Text;
using System.Text.Json;
using Orleans.Concurrency;
using SourceScore.Scoring;

namespace SourceScore.Orleans;

/// <summary>
/// A silo's scoring worker: looks the article up in the cluster's story index before the scorer runs (so no thread
/// waits on the cluster while it scores), sends the scorer's addition without waiting and awaits it after, records in
/// the ledger when asked, and writes the contract's record with the tool's own writer. An article that cannot be made
/// fails with <see cref="ArticleUnreadableException"/>, a cluster failure with <see cref="ClusterUnavailableException"/>.
/// </summary>
[StatelessWorker]
internal sealed class ScoringGrain(ClusterScoring scoring) : Grain, IScoringGrain
{
    public async Task<string> Score(ScoreRequest request)
    {
        Article article;
        try
        {
            article = request.ToArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The article's own fault (the tool's reader reports such an input and goes on): not worth sending again.
            throw new ArticleUnreadableException($"could not be read ({ExceptionText.Of(ex)})");
        }

        ArticleScore score;
        using (var prepared = await scoring.Index.PrepareAsync(article, scoring.MaxRelated).ConfigureAwait(true))
        {
            score = scoring.Scorer.Score(article);
            if (score.Error is { } error && error.Type == typeof(ClusterUnavailableException).FullName)
            {
                // The cluster failed, not the article: the caller sends it again rather than keep an error record.
                throw new ClusterUnavailableException(error.Message);
            }

            if (prepared.Addition is { } addition)
            {
                await addition.ConfigureAwait(true);
            }
        }

        if (request.Record)
        {
            score = score with { SourceCredibility = (await scoring.Ledger.RecordAsync(article, score).ConfigureAwait(true))?.Credibility };
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ScoreRecords.WriterOptions))
        {
            ScoreRecords.WriteRecord(writer, article, score, request.IncludeText, request.Detail, withCredibility: request.Record);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

/// <summary>What a silo's scoring workers share: one scorer over the cluster's index, and the cluster's ledger.</summary>
internal sealed class ClusterScoring
{
    public ClusterScoring(IGrainFactory grains, Microsoft.Extensions.Options.IOptions<SourceScoreClusterOptions> options)
    {
        Index = new ClusterCorpusIndex(grains, options);
        Scorer = Scorer.CreateDefault(Index);
        Ledger = new ClusterSourceLedger(grains);
    }

    public ClusterCorpusIndex Index { get; }

    public Scorer Scorer { get; }

    public ClusterSourceLedger Ledger { get; }

    /// <summary>The related articles the scorer's agreement check asks for (its default options).</summary>
    public int MaxRelated => SourceScore.Signals.Agreement.AgreementOptions.Default.MaxRelated;
}
