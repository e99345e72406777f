namespace SourceScore.StanceReader;

/// <summary>
/// The features of the stance model (FNC-1: how a body relates to a headline's claim — agree, disagree,
/// discuss or unrelated), computed from two <see cref="StanceDocument"/>s: how much of the headline the body
/// holds (term and IDF-weighted coverage, TF-IDF cosine of the whole body, of its lead and of its best-matching
/// sentences, pair coverage, names and figures), where the match is, and what surrounds it (refuting,
/// negating, hedging, confirming and reporting words in the whole body, its lead, its best-matching sentences
/// and the headline), plus the naive-Bayes log-odds of the headline's and the body's terms for each related
/// stance (<see cref="StanceLexicon"/>). Allocation-free. Thread-safe.
/// </summary>
internal static class StanceFeatures
{
    /// <summary>Version of the feature schema; bump it (and retrain) whenever a feature changes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Sentences that count as the lead of a body.</summary>
    public const int LeadSentences = 2;

    /// <summary>Best-matching sentences whose cues are read.</summary>
    public const int TopSentences = 3;

    /// <summary>
    /// The features, in vector order: each name with how it is read from the <see cref="Measures"/> of a headline
    /// against a body, in one table so that names and values cannot drift apart.
    /// </summary>
    private static readonly (string Name, Feature Read)[] s_features =
    [
        ("headline_terms", static (in Measures m) => m.Claim.VectorKeys.Length),
        ("body_terms_log", static (in Measures m) => (float)Math.Log(1 + m.Body.Terms.Length)),
        ("coverage", static (in Measures m) => m.Claim.VectorKeys.Length == 0 ? 0 : (float)m.InBody / m.Claim.VectorKeys.Length),
        ("idf_coverage", static (in Measures m) => m.IdfAll == 0 ? 0 : (float)(m.IdfIn / m.IdfAll)),
        ("lead_idf_coverage", static (in Measures m) => m.IdfAll == 0 ? 0 : (float)(m.IdfLead / m.IdfAll)),
        ("cosine", static (in Measures m) => Ratio(m.Dot, m.Claim.Norm * m.Body.Norm)),
        ("lead_cosine", static (in Measures m) => Ratio(m.LeadDot, m.Claim.Norm * m.LeadNorm)),
        ("best_sentence_cosine", static (in Measures m) => m.Top0 >= 0 ? m.TopScore0 : 0),
        ("second_sentence_cosine", static (in Measures m) => m.Top1 >= 0 ? m.TopScore1 : 0),
        ("best_sentence_position", static (in Measures m) => m.Top0 >= 0 && m.Body.SentenceCount > 1 ? (float)m.Top0 / (m.Body.SentenceCount - 1) : 0),
        ("best_sentence_coverage", static (in Measures m) => m.BestCoverage),
        ("pair_coverage", static (in Measures m) => m.Claim.Pairs.Length == 0 ? -1 : (float)m.PairsIn / m.Claim.Pairs.Length),
        ("lead_pair_coverage", static (in Measures m) => m.Claim.Pairs.Length == 0 ? -1 : (float)m.PairsLead / m.Claim.Pairs.Length),
        ("jaccard", static (in Measures m) => m.Union == 0 ? 0 : (float)m.InBody / m.Union),
        ("headline_names", static (in Measures m) => m.Claim.Names.Length),
        ("name_coverage", static (in Measures m) => m.Claim.Names.Length == 0 ? -1 : (float)m.NamesFound / m.Claim.Names.Length),
        ("headline_numbers", static (in Measures m) => m.Claim.Numbers.Length),
        ("number_coverage", static (in Measures m) => m.Claim.Numbers.Length == 0 ? -1 : (float)m.NumbersFound / m.Claim.Numbers.Length),
        ("body_numbers_log", static (in Measures m) => (float)Math.Log(1 + m.Body.Numbers.Length)),
        ("refute_body_rate", static (in Measures m) => m.All.Refute * m.Per100),
        ("refute_top", static (in Measures m) => m.TopCues.Refute),
        ("refute_lead", static (in Measures m) => m.LeadCues.Refute),
        ("refute_headline", static (in Measures m) => m.ClaimCues.Refute),
        ("negation_body_rate", static (in Measures m) => m.All.Negation * m.Per100),
        ("negation_top", static (in Measures m) => m.TopCues.Negation),
        ("negation_headline", static (in Measures m) => m.ClaimCues.Negation),
        ("negation_parity_mismatch", static (in Measures m) => m.Top0 >= 0 && (m.Body.Cues[m.Top0].Negation & 1) != (m.ClaimCues.Negation & 1) ? 1 : 0),
        ("hedge_body_rate", static (in Measures m) => m.All.Hedge * m.Per100),
        ("hedge_top", static (in Measures m) => m.TopCues.Hedge),
        ("hedge_lead", static (in Measures m) => m.LeadCues.Hedge),
        ("hedge_headline", static (in Measures m) => m.ClaimCues.Hedge),
        ("confirm_body_rate", static (in Measures m) => m.All.Confirm * m.Per100),
        ("confirm_top", static (in Measures m) => m.TopCues.Confirm),
        ("speech_body_rate", static (in Measures m) => m.All.Speech * m.Per100),
        ("speech_top", static (in Measures m) => m.TopCues.Speech),
        ("headline_question", static (in Measures m) => m.Claim.Question ? 1 : 0),
        ("nb_headline_agree", static (in Measures m) => m.Claim.MeanHeadlineWeight(m.Lexicon, 0)),
        ("nb_headline_disagree", static (in Measures m) => m.Claim.MeanHeadlineWeight(m.Lexicon, 1)),
        ("nb_headline_discuss", static (in Measures m) => m.Claim.MeanHeadlineWeight(m.Lexicon, 2)),
        ("nb_body_agree", static (in Measures m) => m.Body.MeanBodyWeight(m.Lexicon, 0)),
        ("nb_body_disagree", static (in Measures m) => m.Body.MeanBodyWeight(m.Lexicon, 1)),
        ("nb_body_discuss", static (in Measures m) => m.Body.MeanBodyWeight(m.Lexicon, 2)),
        ("nb_top_agree", static (in Measures m) => TopWeight(in m, 0)),
        ("nb_top_disagree", static (in Measures m) => TopWeight(in m, 1)),
        ("nb_top_discuss", static (in Measures m) => TopWeight(in m, 2)),
    ];

    /// <summary>The names of the features, in order (the model card lists them).</summary>
    public static readonly string[] Names = [.. s_features.Select(f => f.Name)];

    private delegate float Feature(in Measures measures);

    /// <summary>Gets the number of features.</summary>
    public static int Count => Names.Length;

    /// <summary>Gets the stamp a model trained on these features carries (<see cref="Models.ModelStamp"/>).</summary>
    public static Models.ModelStamp Stamp => new("stance", SchemaVersion, Count);

    /// <summary>Computes the features of a headline (or a claim) against a body.</summary>
    public static void Extract(StanceDocument headline, StanceDocument body, StanceLexicon lexicon, Span<float> features)
    {
        if (features.Length < Count)
        {
            throw new ArgumentException($"Expected room for {Count} features.", nameof(features));
        }

        var m = Measure(headline, body, lexicon);
        for (int f = 0; f < s_features.Length; f++)
        {
            features[f] = s_features[f].Read(in m);
        }
    }

    /// <summary>What the features read of a headline against a body: coverage, similarity, the best-matching sentences and the cue counts.</summary>
    private static Measures Measure(StanceDocument headline, StanceDocument body, StanceLexicon lexicon)
    {
        var m = new Measures { Claim = headline, Body = body, Lexicon = lexicon };
        var h = headline.VectorKeys;
        var idfs = headline.IdfUnder(lexicon);

        // Coverage of the headline's terms, by count and by IDF; the lead is the first sentences.
        int lead = Math.Min(LeadSentences, body.SentenceCount);
        int leadEnd = body.SentenceStarts[lead];
        var leadTerms = body.Terms.AsSpan(0, leadEnd);
        for (int i = 0; i < h.Length; i++)
        {
            float idf = idfs[i];
            m.IdfAll += idf;
            float w = body.Weight(h[i]);
            if (w > 0)
            {
                m.InBody++;
                m.IdfIn += idf;
                m.Dot += w * headline.VectorWeights[i];
            }

            if (leadTerms.Contains(h[i]))
            {
                m.IdfLead += idf;
                m.LeadDot += idf * headline.VectorWeights[i];
            }
        }

        float leadNorm = 0;
        for (int s = 0; s < lead; s++)
        {
            leadNorm += body.SentenceNorms[s] * body.SentenceNorms[s];
        }

        m.LeadNorm = MathF.Sqrt(leadNorm);

        // The best-matching sentences: binary IDF cosine of each sentence with the headline.
        Span<int> top = stackalloc int[TopSentences];
        Span<float> topScore = stackalloc float[TopSentences];
        top.Fill(-1);
        for (int s = 0; s < body.SentenceCount; s++)
        {
            var terms = body.SentenceTerms(s);
            double sdot = 0;
            int covered = 0;
            for (int i = 0; i < h.Length; i++)
            {
                if (terms.Contains(h[i]))
                {
                    sdot += idfs[i] * headline.VectorWeights[i];
                    covered++;
                }
            }

            float score = Ratio(sdot, headline.Norm * body.SentenceNorms[s]);
            m.BestCoverage = Math.Max(m.BestCoverage, h.Length == 0 ? 0 : (float)covered / h.Length);
            for (int k = 0; k < TopSentences; k++)
            {
                if (top[k] < 0 || score > topScore[k])
                {
                    for (int j = TopSentences - 1; j > k; j--)
                    {
                        top[j] = top[j - 1];
                        topScore[j] = topScore[j - 1];
                    }

                    top[k] = s;
                    topScore[k] = score;
                    break;
                }
            }
        }

        (m.Top0, m.Top1, m.Top2, m.TopScore0, m.TopScore1) = (top[0], top[1], top[2], topScore[0], topScore[1]);

        // Adjacent pairs of the headline found in the body and in its lead.
        foreach (ulong pair in headline.Pairs)
        {
            if (Array.BinarySearch(body.Pairs, pair) >= 0)
            {
                m.PairsIn++;
                if (Array.BinarySearch(body.LeadPairs, pair) >= 0)
                {
                    m.PairsLead++;
                }
            }
        }

        m.Union = h.Length + body.VectorKeys.Length - m.InBody;

        // Names and figures of the headline found in the body.
        foreach (ulong name in headline.Names)
        {
            m.NamesFound += body.Contains(name) ? 1 : 0;
        }

        foreach (ulong number in headline.Numbers)
        {
            m.NumbersFound += Array.BinarySearch(body.Numbers, number) >= 0 ? 1 : 0;
        }

        // Cue words: rate in the body (per 100 words), count in the best sentences, the lead and the headline.
        m.All = Sum(body, 0, body.SentenceCount);
        m.LeadCues = Sum(body, 0, lead);
        foreach (int s in top)
        {
            if (s >= 0)
            {
                m.TopCues = m.TopCues.Plus(body.Cues[s]);
            }
        }

        m.ClaimCues = Sum(headline, 0, headline.SentenceCount);
        m.Per100 = 100f / Math.Max(1, body.Words);
        m.TermWeights = body.TermBodyWeights(lexicon);
        return m;
    }

    /// <summary>The mean naive-Bayes log-odds of the best-matching sentences' terms for a related stance.</summary>
    private static float TopWeight(in Measures m, int stance)
    {
        double sum = 0;
        int n = 0;
        foreach (int s in (ReadOnlySpan<int>)[m.Top0, m.Top1, m.Top2])
        {
            if (s < 0)
            {
                continue;
            }

            for (int i = m.Body.SentenceStarts[s]; i < m.Body.SentenceStarts[s + 1]; i++)
            {
                sum += m.TermWeights is null ? m.Lexicon.BodyWeight(stance, m.Body.Terms[i]) : m.TermWeights[(stance * m.Body.Terms.Length) + i];
                n++;
            }
        }

        return n == 0 ? 0 : (float)(sum / n);
    }

    /// <summary>What <see cref="Measure"/> found of a headline against a body; the features are read from it.</summary>
    private struct Measures
    {
        public StanceDocument Claim, Body;
        public StanceLexicon Lexicon;
        public float[]? TermWeights;
        public double IdfAll, IdfIn, IdfLead, Dot, LeadDot;
        public float LeadNorm, BestCoverage, TopScore0, TopScore1, Per100;
        public int InBody, Union, Top0, Top1, Top2, PairsIn, PairsLead, NamesFound, NumbersFound;
        public CueTotals All, LeadCues, TopCues, ClaimCues;
    }

    private static float Ratio(double numerator, double denominator) => denominator <= 0 ? 0 : (float)Math.Min(1, numerator / denominator);

    /// <summary>The mean naive-Bayes log-odds of the keys for a related stance, as a headline's or as a body's terms.</summary>
    internal static float MeanWeight(ReadOnlySpan<ulong> keys, StanceLexicon lexicon, int stance, bool headline)
    {
        if (keys.Length == 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (ulong key in keys)
        {
            sum += headline ? lexicon.HeadlineWeight(stance, key) : lexicon.BodyWeight(stance, key);
        }

        return (float)(sum / keys.Length);
    }

    private static CueTotals Sum(StanceDocument document, int from, int to)
    {
        var totals = default(CueTotals);
        for (int s = from; s < to; s++)
        {
            totals = totals.Plus(document.Cues[s]);
        }

        return totals;
    }

    private readonly record struct CueTotals(int Refute, int Negation, int Hedge, int Confirm, int Speech)
    {
        public CueTotals Plus(SentenceCueCounts c) => new(Refute + c.Refute, Negation + c.Negation, Hedge + c.Hedge, Confirm + c.Confirm, Speech + c.Speech);
    }
}
