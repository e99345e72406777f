using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace SourceScore.Models;

/// <summary>
/// A trained ML.NET model embedded in the package: loaded lazily, once, and shared; prediction engines,
/// which are not thread-safe, are rented from a pool. Thread-safe.
/// </summary>
internal sealed class EmbeddedModel<TInput, TOutput>
    where TInput : class
    where TOutput : class, new()
{
    private readonly Lazy<Loaded> _loaded;

    public EmbeddedModel(string resourceName, int featureCount)
    {
        ResourceName = resourceName;
        _loaded = new Lazy<Loaded>(() => Load(resourceName, featureCount), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ResourceName { get; }

    public TOutput Predict(TInput input)
    {
        var loaded = _loaded.Value;
        var engine = loaded.Engines.Get();
        try
        {
            return engine.Predict(input);
        }
        finally
        {
            loaded.Engines.Return(engine);
        }
    }

    private static Loaded Load(string resourceName, int featureCount)
    {
        var assembly = typeof(EmbeddedModel<TInput, TOutput>).Assembly;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The model '{resourceName}' is not embedded in {assembly.GetName().Name}; the package is incomplete (train it with src/SourceScore.Training and rebuild).");
        var ml = new MLContext(seed: 0);
        var model = ml.Model.Load(stream, out var schema);
        var column = schema.GetColumnOrNull("Features");
        int size = (column?.Type as VectorDataViewType)?.Size ?? 0;
        if (size != featureCount)
        {
            throw new InvalidOperationException(
                $"The model '{resourceName}' expects {size} features but this version of the library computes {featureCount}: the model and the feature extractor are out of step. Retrain the model.");
        }

        var pool = new DefaultObjectPool<PredictionEngine<TInput, TOutput>>(new EnginePolicy(ml, model), Math.Max(4, Environment.ProcessorCount * 2));
        return new Loaded(pool);
    }

    private sealed record Loaded(ObjectPool<PredictionEngine<TInput, TOutput>> Engines);

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : PooledObjectPolicy<PredictionEngine<TInput, TOutput>>
    {
        public override PredictionEngine<TInput, TOutput> Create() => ml.Model.CreatePredictionEngine<TInput, TOutput>(model);

        public override bool Return(PredictionEngine<TInput, TOutput> obj) => true;
    }
}
