namespace SourceScore.Orleans;

/// <summary>
/// Scores articles on the silos: a stateless worker (activations on every silo, as many as it has cores), each silo
/// with its own <see cref="Scorer"/> over the cluster's story index and ledger.
/// </summary>
public interface IScoringGrain : IGrainWithIntegerKey
{
    /// <summary>Scores one article and returns its record exactly as <c>sourcescore score</c> writes it (one line of JSON, without the newline).</summary>
    /// <param name="request">The article, and what its record holds.</param>
    /// <returns>The record.</returns>
    Task<string> Score(ScoreRequest request);
}
