using SourceScore.Models;

namespace SourceScore.Signals.Machine;

/// <summary>
/// The machine-prose model and its lexicon, embedded in the package (models/machine-v1.zip and
/// models/machine-v1.lex, see models/machine-v1.md), loaded lazily once. Thread-safe.
/// </summary>
internal static class MachineModel
{
    public const string ModelResource = "SourceScore.Models.machine-v1.zip";
    public const string LexiconResource = "SourceScore.Models.machine-v1.lex";

    private static readonly EmbeddedModel s_model = new(ModelResource, MachineFeatures.Stamp);

    private static readonly Lazy<NewsLexicon> s_lexicon = new(LoadLexicon, LazyThreadSafetyMode.ExecutionAndPublication);

    public static NewsLexicon Lexicon => s_lexicon.Value;

    /// <summary>The model's probability that the features come from machine-written prose.</summary>
    public static double Probability(ReadOnlySpan<float> features) => s_model.Probability(features);

    /// <summary>
    /// Maps the model's probability to the risk: the training threshold (chosen for a low false-positive
    /// rate on human news) goes to 0.5, and the odds scale around it.
    /// </summary>
    public static double Risk(double probability, double threshold) => DecisionScale.AtHalf(probability, threshold);

    private static NewsLexicon LoadLexicon()
    {
        using var stream = EmbeddedModel.OpenResource(LexiconResource, "lexicon");
        return NewsLexicon.Read(stream);
    }
}
