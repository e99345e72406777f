using System.Text;
using SourceScore.Models;

namespace SourceScore.StanceReader;

/// <summary>
/// What the stance features know beyond the two texts, shipped as hashes (never the words): the document
/// frequency of every <see cref="Text.TermKey"/> term in the news the model was trained on (for TF-IDF
/// weights), and for each of agree, disagree and discuss the smoothed naive-Bayes log-odds of a term in a
/// related headline and in a related body (Wang &amp; Manning 2012). Also carries the per-class weights of the
/// decision chosen in training. Ships as models/stance-v1.lex. Thread-safe once built.
/// </summary>
internal sealed class StanceLexicon
{
    /// <summary>The classes that have log-odds tables: agree, disagree, discuss (the three related stances).</summary>
    public const int RelatedClasses = 3;

    private const string Magic = "SSSTANCE";
    private const int FormatVersion = 1;

    private readonly HashCountTable _documentFrequency;
    private readonly HashTable<float>[] _headlineWeights;
    private readonly HashTable<float>[] _bodyWeights;
    private readonly System.Collections.Frozen.FrozenDictionary<ulong, ulong>? _aliases;

    public StanceLexicon(
        HashCountTable documentFrequency,
        int documents,
        IReadOnlyList<IReadOnlyCollection<KeyValuePair<ulong, float>>> headlineWeights,
        IReadOnlyList<IReadOnlyCollection<KeyValuePair<ulong, float>>> bodyWeights,
        IReadOnlyList<double> decisionWeights)
    {
        if (headlineWeights.Count != RelatedClasses || bodyWeights.Count != RelatedClasses || decisionWeights.Count != 4)
        {
            throw new ArgumentException("A stance lexicon has three tables of each kind and four decision weights.");
        }

        _documentFrequency = documentFrequency;
        Documents = Math.Max(1, documents);
        _headlineWeights = [.. headlineWeights.Select(WeightTable.Build)];
        _bodyWeights = [.. bodyWeights.Select(WeightTable.Build)];
        DecisionWeights = [.. decisionWeights];
        LogDocuments = Math.Log(Documents + 1);
    }

    private StanceLexicon(StanceLexicon lexicon, System.Collections.Frozen.FrozenDictionary<ulong, ulong> aliases)
    {
        _documentFrequency = lexicon._documentFrequency;
        Documents = lexicon.Documents;
        _headlineWeights = lexicon._headlineWeights;
        _bodyWeights = lexicon._bodyWeights;
        DecisionWeights = lexicon.DecisionWeights;
        LogDocuments = lexicon.LogDocuments;
        _aliases = aliases;
    }

    /// <summary>Gets the number of documents the frequencies were counted over.</summary>
    public int Documents { get; }

    /// <summary>Gets the weight of each class (agree, disagree, discuss, unrelated) in the decision: the stance is the class with the highest weighted probability.</summary>
    public IReadOnlyList<double> DecisionWeights { get; }

    /// <summary>Gets the number of terms with a document frequency.</summary>
    public int TermCount => _documentFrequency.Count;

    private double LogDocuments { get; }

    /// <summary>The inverse document frequency of a term key: log((N + 1) / (df + 1)) + 1, so an unseen term weighs most.</summary>
    public float Idf(ulong key) => (float)(LogDocuments - Math.Log(_documentFrequency[key] + 1) + 1);

    /// <summary>Whether the other lexicon counts the same document frequencies, so gives the same <see cref="Idf"/> for every term.</summary>
    public bool SharesFrequencies(StanceLexicon other) => ReferenceEquals(_documentFrequency, other._documentFrequency);

    /// <summary>The log-odds of a term in a related headline for one of agree (0), disagree (1), discuss (2); 0 when unknown.</summary>
    public float HeadlineWeight(int stance, ulong key) => _headlineWeights[stance].TryGetValue(key, out float w) ? w : 0;

    /// <summary>The log-odds of a term in a related body for one of agree (0), disagree (1), discuss (2); 0 when unknown.</summary>
    public float BodyWeight(int stance, ulong key) => _bodyWeights[stance].TryGetValue(key, out float w) ? w : 0;

    /// <summary>The term a document reads for a term key: the name a house variant stands for (<see cref="WithAliases"/>), else the key itself.</summary>
    public ulong Alias(ulong key) => _aliases is null ? key : _aliases.GetValueOrDefault(key, key);

    /// <summary>Returns the same lexicon reading each key of <paramref name="aliases"/> as its value (an outlet's name variants as the name).</summary>
    public StanceLexicon WithAliases(System.Collections.Frozen.FrozenDictionary<ulong, ulong> aliases) => new(this, aliases);

    /// <summary>Returns a copy with other decision weights.</summary>
    public StanceLexicon WithDecisionWeights(IReadOnlyList<double> weights) =>
        new(_documentFrequency, Documents, [.. _headlineWeights.Select(t => t.Pairs().ToList())], [.. _bodyWeights.Select(t => t.Pairs().ToList())], weights);

    /// <summary>Returns a copy with the same document frequencies and decision weights and other log-odds tables (training).</summary>
    public StanceLexicon WithLogOdds(
        IReadOnlyList<IReadOnlyCollection<KeyValuePair<ulong, float>>> headlineWeights,
        IReadOnlyList<IReadOnlyCollection<KeyValuePair<ulong, float>>> bodyWeights) =>
        new(_documentFrequency, Documents, headlineWeights, bodyWeights, DecisionWeights);

    public static StanceLexicon Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        int version = magic == Magic ? reader.ReadInt32() : -1;
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Not a stance lexicon of version {FormatVersion} (magic '{magic}', version {version}).");
        }

        int documents = reader.ReadInt32();
        var decision = new double[4];
        for (int i = 0; i < decision.Length; i++)
        {
            decision[i] = reader.ReadDouble();
            if (!(decision[i] is > 0 and < 100))
            {
                throw new InvalidDataException($"Corrupt stance lexicon (decision weight {decision[i]}).");
            }
        }

        var df = HashCountTable.Read(reader);
        var headline = new List<IReadOnlyCollection<KeyValuePair<ulong, float>>>();
        var body = new List<IReadOnlyCollection<KeyValuePair<ulong, float>>>();
        for (int i = 0; i < RelatedClasses * 2; i++)
        {
            (i < RelatedClasses ? headline : body).Add(WeightTable.Read(reader, "stance lexicon"));
        }

        return new StanceLexicon(df, documents, headline, body, decision);
    }

    /// <summary>Writes the lexicon with every table in key order, so the same lexicon always gives the same bytes.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(Documents);
        foreach (double w in DecisionWeights)
        {
            writer.Write(w);
        }

        _documentFrequency.Write(writer);
        foreach (var table in _headlineWeights.Concat(_bodyWeights))
        {
            WeightTable.Write(writer, table.Pairs());
        }
    }
}
