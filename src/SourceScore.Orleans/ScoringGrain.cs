using System.Text;
using System.Text.Json;
using Orleans.Concurrency;
using SourceScore.Scoring;

namespace SourceScore.Orleans;

/// <summary>
/// A silo's scoring worker: scores the article when its turn comes on the silo (<see cref="ClusterScoring.ScoreAsync"/>),
/// records in the ledger when asked, and writes the contract's record with the tool's own writer. Reentrant: its calls
/// interleave while they wait on the cluster. An article that cannot be made
/// fails with <see cref="ArticleUnreadableException"/>, a cluster failure with <see cref="ClusterUnavailableException"/>.
/// </summary>
[StatelessWorker]
[Reentrant]
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

        var score = await scoring.ScoreAsync(article).ConfigureAwait(true);
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
