using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Signals.Machine;

/// <summary>
/// What the machine-prose analysis knows about human news, shipped compactly as hashes and counts (never
/// the texts): how often each word occurs, how often each adjacent word pair occurs, how many different
/// words follow each word and how often its commonest follower does; common misspellings with their
/// correction (by hash of the misspelling); synonyms of common words, for saying what a swapped word
/// usually is; and the weights of the hashed n-gram models (half precision). Built by the training project from human news in ../shared/data (see models/machine-v1.md).
/// </summary>
/// <remarks>Immutable and thread-safe once loaded.</remarks>
internal sealed class NewsLexicon
{
    public const int FormatVersion = 3;

    private const uint Magic = 0x584C5353; // "SSLX"

    public NewsLexicon(
        HashCountTable words,
        HashCountTable pairs,
        HashCountTable followers,
        HashCountTable topFollower,
        HashCountTable known,
        long totalWords,
        IReadOnlyDictionary<ulong, string> typos,
        IReadOnlyDictionary<ulong, string[]> synonyms,
        double decisionThreshold,
        float[]? ngramWeights = null,
        float[]? ngramBiases = null)
    {
        Words = words;
        Pairs = pairs;
        Followers = followers;
        TopFollower = topFollower;
        Known = known;
        TotalWords = Math.Max(1, totalWords);
        Typos = typos.ToFrozenDictionary();
        Synonyms = synonyms.ToFrozenDictionary();
        DecisionThreshold = decisionThreshold;
        NgramWeights = ngramWeights ?? [];
        NgramBiases = ngramBiases ?? [];
        if (NgramWeights.Length != 0 && (NgramWeights.Length != NgramBag.Buckets * NgramBag.Models || NgramBiases.Length != NgramBag.Models))
        {
            throw new InvalidDataException($"The n-gram models need {NgramBag.Models} x {NgramBag.Buckets} weights and {NgramBag.Models} biases.");
        }
        LogTotal = Math.Log(TotalWords + Words.Count);
        Stats = new WordStatsTable(words, followers, topFollower, Typos, LogUnigram);
        CorrectionWords = HashFilter.Build(words.Pairs().Where(p => p.Value >= Spelling.CorrectionMinCount).Select(p => p.Key).ToList());
    }

    /// <summary>Gets how often each word (by <see cref="WordHash"/>) occurs.</summary>
    public HashCountTable Words { get; }

    /// <summary>Gets how often each adjacent pair (by <see cref="WordHash.Pair"/>) occurs.</summary>
    public HashCountTable Pairs { get; }

    /// <summary>Gets how many different words follow each word.</summary>
    public HashCountTable Followers { get; }

    /// <summary>Gets how often each word's commonest follower follows it.</summary>
    public HashCountTable TopFollower { get; }

    /// <summary>Gets, in one probe, what the lexicon knows about a word (count, followers, log-probability, correction): the hot path reads this.</summary>
    public WordStatsTable Stats { get; }

    /// <summary>Gets a filter of the words common enough to be offered as a spelling correction (<see cref="Spelling.CorrectionMinCount"/>).</summary>
    public HashFilter CorrectionWords { get; }

    /// <summary>Gets the dictionary words (base forms from WordNet, and every word of the news), by hash; for telling a rare word from a misspelling.</summary>
    public HashCountTable Known { get; }

    public long TotalWords { get; }

    public double LogTotal { get; }

    /// <summary>Gets the correction of each listed misspelling, by hash of the misspelling.</summary>
    public FrozenDictionary<ulong, string> Typos { get; }

    /// <summary>Gets synonyms of common words, by hash of the word, commonest first.</summary>
    public FrozenDictionary<ulong, string[]> Synonyms { get; }

    /// <summary>Gets the model probability that maps to risk 0.5 (chosen in training for a low false-positive rate on human news).</summary>
    public double DecisionThreshold { get; }

    /// <summary>
    /// Gets the weights of the hashed n-gram models (<see cref="NgramBag"/>), interleaved: bucket b's weight in model m is
    /// at b × <see cref="NgramBag.Models"/> + m, so one read finds them all. Empty when there are none.
    /// </summary>
    public float[] NgramWeights { get; }

    /// <summary>Gets the hashed n-gram models' biases, one a model (empty when there are no weights).</summary>
    public float[] NgramBiases { get; }

    public static NewsLexicon Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("Not a SourceScore news lexicon.");
        }

        int version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"News lexicon format {version} is not the format this library reads ({FormatVersion}); retrain the machine model.");
        }

        long total = reader.ReadInt64();
        double threshold = reader.ReadDouble();
        var words = HashCountTable.Read(reader);
        var pairs = HashCountTable.Read(reader);
        var followers = HashCountTable.Read(reader);
        var top = HashCountTable.Read(reader);
        var known = HashCountTable.Read(reader);
        int typoCount = reader.ReadInt32();
        var typos = new Dictionary<ulong, string>(typoCount);
        for (int i = 0; i < typoCount; i++)
        {
            typos[reader.ReadUInt64()] = reader.ReadString();
        }

        int synonymCount = reader.ReadInt32();
        var synonyms = new Dictionary<ulong, string[]>(synonymCount);
        for (int i = 0; i < synonymCount; i++)
        {
            ulong key = reader.ReadUInt64();
            var list = new string[reader.ReadByte()];
            for (int j = 0; j < list.Length; j++)
            {
                list[j] = reader.ReadString();
            }

            synonyms[key] = list;
        }

        int modelCount = reader.ReadInt32();
        int weightCount = reader.ReadInt32();
        if (modelCount is < 0 or > 16 || weightCount < 0 || weightCount > 16 * NgramBag.Buckets)
        {
            throw new InvalidDataException($"Corrupt n-gram models ({modelCount} models, {weightCount} weights).");
        }

        var biases = new float[modelCount];
        for (int m = 0; m < biases.Length; m++)
        {
            biases[m] = reader.ReadSingle();
        }

        var weights = new float[weightCount];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)BitConverter.UInt16BitsToHalf(reader.ReadUInt16());
        }

        return new NewsLexicon(words, pairs, followers, top, known, total, typos, synonyms, threshold, weights, biases);
    }

    /// <summary>Writes the lexicon deterministically (same content, same bytes).</summary>
    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(TotalWords);
        writer.Write(DecisionThreshold);
        Words.Write(writer);
        Pairs.Write(writer);
        Followers.Write(writer);
        TopFollower.Write(writer);
        Known.Write(writer);
        writer.Write(Typos.Count);
        foreach (var (key, value) in Typos.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }

        writer.Write(Synonyms.Count);
        foreach (var (key, list) in Synonyms.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((byte)Math.Min(list.Length, 255));
            foreach (var s in list.Take(255))
            {
                writer.Write(s);
            }
        }

        writer.Write(NgramBiases.Length);
        writer.Write(NgramWeights.Length);
        foreach (float b in NgramBiases)
        {
            writer.Write(b);
        }

        foreach (float w in NgramWeights)
        {
            writer.Write(BitConverter.HalfToUInt16Bits((Half)w));
        }
    }

    /// <summary>Returns a copy with another decision threshold.</summary>
    public NewsLexicon WithDecisionThreshold(double threshold) =>
        new(Words, Pairs, Followers, TopFollower, Known, TotalWords, Typos, Synonyms, threshold, NgramWeights, NgramBiases);

    /// <summary>
    /// Returns a copy with the hashed n-gram models' weights (one array of <see cref="NgramBag.Buckets"/> a model, in
    /// the order of <see cref="NgramBag.ModelNames"/>; none to drop them), rounded to half precision as <see cref="Write"/>
    /// stores them, so that a lexicon in training reads texts exactly as the shipped one will.
    /// </summary>
    public NewsLexicon WithNgramWeights(IReadOnlyList<float[]> weights, IReadOnlyList<float> biases)
    {
        if (weights.Count == 0)
        {
            return new(Words, Pairs, Followers, TopFollower, Known, TotalWords, Typos, Synonyms, DecisionThreshold);
        }

        if (weights.Count != NgramBag.Models || biases.Count != NgramBag.Models || weights.Any(w => w.Length != NgramBag.Buckets))
        {
            throw new ArgumentException($"Expected {NgramBag.Models} models of {NgramBag.Buckets} weights and their biases.", nameof(weights));
        }

        var interleaved = new float[NgramBag.Buckets * NgramBag.Models];
        for (int m = 0; m < NgramBag.Models; m++)
        {
            for (int b = 0; b < NgramBag.Buckets; b++)
            {
                interleaved[(b * NgramBag.Models) + m] = (float)(Half)weights[m][b];
            }
        }

        return new(Words, Pairs, Followers, TopFollower, Known, TotalWords, Typos, Synonyms, DecisionThreshold, interleaved, [.. biases]);
    }

    /// <summary>Gets the log-probability of a word under add-one smoothing.</summary>
    public double LogUnigram(int count) => Math.Log(count + 1) - LogTotal;
}
