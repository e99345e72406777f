using Microsoft.ML;
using Microsoft.ML.Data;

namespace SourceScore.Models;

/// <summary>
/// A trained ML.NET FastTree model embedded in the package: loaded lazily, once, checked against the feature schema
/// of its extractor (the <see cref="ModelStamp"/> its trainer wrote, and its feature column's size), and evaluated from its trees by a <see cref="FastTreeEvaluator"/> (no prediction
/// engine, so nothing to pool or lock). Thread-safe.
/// </summary>
internal sealed class EmbeddedModel
{
    private readonly Lazy<FastTreeEvaluator> _evaluator;

    public EmbeddedModel(string resourceName, ModelStamp schema, System.Reflection.Assembly? assembly = null)
    {
        ResourceName = resourceName;
        FeatureCount = schema.Count;
        _evaluator = new Lazy<FastTreeEvaluator>(() => FastTreeEvaluator.From(Load(resourceName, schema, out _, assembly), schema.Count), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ResourceName { get; }

    public int FeatureCount { get; }

    /// <summary>The model's probability of the positive class, or 0 when it is not a finite number.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        double p = _evaluator.Value.Probability(features);
        return double.IsFinite(p) ? p : 0;
    }

    /// <summary>The model's probabilities for many feature vectors at once (see <see cref="FastTreeEvaluator.Probabilities"/>); a non-finite one becomes 0.</summary>
    public void Probabilities(ReadOnlySpan<float> rows, Span<double> probabilities)
    {
        _evaluator.Value.Probabilities(rows, probabilities);
        foreach (ref double p in probabilities)
        {
            p = double.IsFinite(p) ? p : 0;
        }
    }

    /// <summary>Opens a file embedded in the package (a model, a lexicon, word weights), or says clearly that the package is incomplete.</summary>
    /// <param name="resourceName">The resource's logical name.</param>
    /// <param name="what">What it is, for the message.</param>
    /// <param name="assembly">The package it is embedded in; the core package when <see langword="null"/>.</param>
    internal static Stream OpenResource(string resourceName, string what, System.Reflection.Assembly? assembly = null)
    {
        assembly ??= typeof(EmbeddedModel).Assembly;
        return assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The {what} '{resourceName}' is not embedded in {assembly.GetName().Name}; the package is incomplete (train it with src/SourceScore.Training and rebuild).");
    }

    /// <summary>Loads the embedded model with ML.NET after checking its stamp (the tests compare the evaluator with ML.NET's own prediction).</summary>
    internal static ITransformer Load(string resourceName, ModelStamp schema, out MLContext ml, System.Reflection.Assembly? assembly = null)
    {
        using var stream = OpenResource(resourceName, "model", assembly);
        ModelStamp.Check(resourceName, ModelStamp.Read(stream), schema);
        stream.Position = 0;
        int featureCount = schema.Count;
        ml = new MLContext(seed: 0);
        var model = ml.Model.Load(stream, out var inputSchema);
        var column = inputSchema.GetColumnOrNull("Features");
        int size = (column?.Type as VectorDataViewType)?.Size ?? 0;
        if (size != featureCount)
        {
            throw new InvalidOperationException(
                $"The model '{resourceName}' expects {size} features but this version of the library computes {featureCount}: the model and the feature extractor are out of step. Retrain the model.");
        }

        return model;
    }
}
