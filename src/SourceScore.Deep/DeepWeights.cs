using System.Text;

namespace SourceScore.Deep;

/// <summary>
/// The linear read-outs of the embeddings (models/machine-deep-v1.bin, written by the trainer): one over the mean
/// embedding of the text's windows, one over the mean and spread of its sentences' embeddings, one over each
/// sentence's embedding, and the decision threshold of the deep model that reads them. Immutable.
/// </summary>
internal sealed class DeepWeights
{
    private const int Magic = 0x57445353; // "SSDW"
    private const int Version = 1;

    public DeepWeights(LinearReadout window, LinearReadout meanAndSpread, LinearReadout sentence, double threshold)
    {
        if (window.Weights.Length != SentenceEmbedder.Dimensions || meanAndSpread.Weights.Length != 2 * SentenceEmbedder.Dimensions || sentence.Weights.Length != SentenceEmbedder.Dimensions)
        {
            throw new InvalidDataException("The deep weights do not match the embedding length.");
        }

        Window = window;
        MeanAndSpread = meanAndSpread;
        Sentence = sentence;
        Threshold = threshold;
    }

    public LinearReadout Window { get; }

    public LinearReadout MeanAndSpread { get; }

    public LinearReadout Sentence { get; }

    /// <summary>Gets the deep model's probability that maps to risk 0.5.</summary>
    public double Threshold { get; }

    public DeepWeights WithThreshold(double threshold) => new(Window, MeanAndSpread, Sentence, threshold);

    public static DeepWeights Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a SourceScore deep-weights file of this version.");
        }

        double threshold = reader.ReadDouble();
        return new DeepWeights(ReadOne(reader), ReadOne(reader), ReadOne(reader), threshold);

        static LinearReadout ReadOne(BinaryReader reader)
        {
            int n = reader.ReadInt32();
            if (n is < 1 or > 4096)
            {
                throw new InvalidDataException("Corrupt deep-weights file.");
            }

            var weights = new float[n];
            for (int i = 0; i < n; i++)
            {
                weights[i] = reader.ReadSingle();
            }

            return new LinearReadout(weights, reader.ReadSingle());
        }
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Threshold);
        foreach (var readout in new[] { Window, MeanAndSpread, Sentence })
        {
            writer.Write(readout.Weights.Length);
            foreach (float w in readout.Weights)
            {
                writer.Write(w);
            }

            writer.Write(readout.Bias);
        }
    }
}

/// <summary>A linear model's weights and bias: its margin is w·x + b.</summary>
internal sealed record LinearReadout(float[] Weights, float Bias)
{
    public float Margin(ReadOnlySpan<float> x) => System.Numerics.Tensors.TensorPrimitives.Dot(Weights, x) + Bias;
}
