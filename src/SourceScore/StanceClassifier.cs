using SourceScore.StanceReader;

namespace SourceScore;

/// <summary>
/// Tells how a text relates to a claim — agrees, disagrees, discusses or is unrelated — with the stance model
/// the agreement signal uses (trained on the Fake News Challenge FNC-1 data; see models/stance-v1.md). The
/// model is loaded once, on first use. Thread-safe; use <see cref="Default"/>.
/// </summary>
public sealed class StanceClassifier
{
    private StanceClassifier()
    {
    }

    /// <summary>Gets the classifier with the model embedded in the package.</summary>
    public static StanceClassifier Default { get; } = new();

    /// <summary>The stance of <paramref name="body"/> towards the claim of <paramref name="headline"/>.</summary>
    /// <param name="headline">The claim: a headline or a sentence.</param>
    /// <param name="body">The text: an article body or part of it.</param>
    /// <returns>The chosen stance and the probability of each.</returns>
    public StancePrediction Classify(string headline, string body)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(body);
        var lexicon = StanceModel.Lexicon;

        // One body is often classified against many headlines in a row (FNC-1 pairs each body with dozens): each thread keeps the last one read.
        var last = t_lastBody;
        if (last is null || !string.Equals(last.Text, body, StringComparison.Ordinal))
        {
            last = t_lastBody = StanceDocument.Of(body, lexicon);
        }

        return StanceModel.Predict(StanceDocument.Of(headline, lexicon), last);
    }

    [ThreadStatic]
    private static StanceDocument? t_lastBody;
}
