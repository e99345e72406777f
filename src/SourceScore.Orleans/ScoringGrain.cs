using System.Text;
using System.Text.Json;
using Orleans.Concurrency;
using SourceScore.Scoring;

namespace SourceScore.Orleans;

/// <summary>
/// A silo's scoring worker: scores off the grain scheduler (the scorer blocks on the index's grain calls), records in
/// the ledger when asked, and writes the contract's record with the tool's own writer.
/// </summary>
[StatelessWorker]
internal sealed class ScoringGrain(ClusterScoring scoring) : Grain, IScoringGrain
{
    public Task<string> Score(ScoreRequest request) => Task.Run(() =>
    {
        var article = request.ToArticle();
        var score = scoring.Scorer.Score(article);
        if (score.Error is { } error && error.Type == typeof(ClusterUnavailableException).FullName)
        {
            // The cluster failed, not the article: the caller sends it again rather than keep an error record.
            throw new ClusterUnavailableException(error.Message);
        }

        if (request.Record)
        {
            score = score with { SourceCredibility = scoring.Ledger.Record(article, score)?.Credibility };
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ScoreRecords.WriterOptions))
        {
            ScoreRecords.WriteRecord(writer, article, score, request.IncludeText, request.Detail, withCredibility: request.Record);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    });
}

/// <summary>What a silo's scoring workers share: one scorer over the cluster's index, and the cluster's ledger.</summary>
internal sealed class ClusterScoring(IGrainFactory grains, Microsoft.Extensions.Options.IOptions<SourceScoreClusterOptions> options)
{
    public Scorer Scorer { get; } = Scorer.CreateDefault(new ClusterCorpusIndex(grains, options));

    public ClusterSourceLedger Ledger { get; } = new(grains);
}
