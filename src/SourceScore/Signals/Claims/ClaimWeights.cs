using System.Text;
using SourceScore.Models;

namespace SourceScore.Signals.Claims;

/// <summary>
/// The word and word-pair weights of the check-worthiness model: for each case-folded word and adjacent pair
/// (hashes, never the words) seen often enough in the training sentences, the smoothed log-odds that a
/// sentence holding it is check-worthy, against the data set's base rate (the naive-Bayes weights of
/// Wang &amp; Manning 2012). <see cref="ClaimFeatures"/> sums them into a few features, so the
/// trees see the vocabulary through one compact table. Ships as models/claims-v1.lex beside the model, with
/// the decision threshold chosen in training. Thread-safe once built.
/// </summary>
internal sealed class ClaimWeights
{
    private const string Magic = "SSCLAIMW";
    private const int FormatVersion = 1;

    private readonly HashTable<float> _table;

    public ClaimWeights(IReadOnlyCollection<KeyValuePair<ulong, float>> weights, double decisionThreshold)
    {
        _table = WeightTable.Build(weights);
        DecisionThreshold = decisionThreshold;
    }

    /// <summary>Gets the number of words and pairs with a weight.</summary>
    public int Count => _table.Count;

    /// <summary>Gets the probability from which a sentence counts as check-worthy (chosen in training, see the model card).</summary>
    public double DecisionThreshold { get; }

    /// <summary>Gets the weight of a word or pair hash, or 0 when it has none.</summary>
    public float this[ulong key] => _table.TryGetValue(key, out float w) ? w : 0;

    /// <summary>Looks a word or pair hash up.</summary>
    public bool TryGetWeight(ulong key, out float weight) => _table.TryGetValue(key, out weight);

    /// <summary>Returns a copy with another decision threshold.</summary>
    public ClaimWeights WithDecisionThreshold(double threshold) => new([.. _table.Pairs()], threshold);

    public static ClaimWeights Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        int version = magic == Magic ? reader.ReadInt32() : -1;
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Not a claim-weights file of version {FormatVersion} (magic '{magic}', version {version}).");
        }

        double threshold = reader.ReadDouble();
        if (!(threshold is > 0 and < 1))
        {
            throw new InvalidDataException($"Corrupt claim-weights file (threshold {threshold}).");
        }

        return new ClaimWeights(WeightTable.Read(reader, "claim-weights file"), threshold);
    }

    /// <summary>Writes the weights in key order, so the same table always gives the same bytes.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(DecisionThreshold);
        WeightTable.Write(writer, _table.Pairs());
    }
}
