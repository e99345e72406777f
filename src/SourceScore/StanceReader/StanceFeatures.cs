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

    /// <summary>The names of the features, in order (the model card lists them).</summary>
    public static readonly string[] Names =
    [
        "headline_terms", "body_terms_log", "coverage", "idf_coverage", "lead_idf_coverage", "cosine", "lead_cosine",
        "best_sentence_cosine", "second_sentence_cosine", "best_sentence_position", "best_sentence_coverage",
        "pair_coverage", "lead_pair_coverage", "jaccard", "headline_names", "name_coverage", "headline_numbers",
        "number_coverage", "body_numbers_log",
        "refute_body_rate", "refute_top", "refute_lead", "refute_headline",
        "negation_body_rate", "negation_top", "negation_headline", "negation_parity_mismatch",
        "hedge_body_rate", "hedge_top", "hedge_lead", "hedge_headline",
        "confirm_body_rate", "confirm_top", "speech_body_rate", "speech_top",
        "headline_question",
        "nb_headline_agree", "nb_headline_disagree", "nb_headline_discuss",
        "nb_body_agree", "nb_body_disagree", "nb_body_discuss",
        "nb_top_agree", "nb_top_disagree", "nb_top_discuss",
    ];

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

        features[..Count].Clear();
        var h = headline.VectorKeys;
        var idfs = headline.IdfUnder(lexicon);
        int f = 0;
        features[f++] = h.Length;
        features[f++] = (float)Math.Log(1 + body.Terms.Length);

        // Coverage of the headline's terms, by count and by IDF; the lead is the first sentences.
        int lead = Math.Min(LeadSentences, body.SentenceCount);
        int leadEnd = body.SentenceStarts[lead];
        var leadTerms = body.Terms.AsSpan(0, leadEnd);
        double idfAll = 0, idfIn = 0, idfLead = 0, dot = 0, leadDot = 0;
        int inBody = 0;
        for (int i = 0; i < h.Length; i++)
        {
            float idf = idfs[i];
            idfAll += idf;
            float w = body.Weight(h[i]);
            if (w > 0)
            {
                inBody++;
                idfIn += idf;
                dot += w * headline.VectorWeights[i];
            }

            if (leadTerms.Contains(h[i]))
            {
                idfLead += idf;
                leadDot += idf * headline.VectorWeights[i];
            }
        }

        float leadNorm = 0;
        for (int s = 0; s < lead; s++)
        {
            leadNorm += body.SentenceNorms[s] * body.SentenceNorms[s];
        }

        leadNorm = MathF.Sqrt(leadNorm);
        features[f++] = h.Length == 0 ? 0 : (float)inBody / h.Length;
        features[f++] = idfAll == 0 ? 0 : (float)(idfIn / idfAll);
        features[f++] = idfAll == 0 ? 0 : (float)(idfLead / idfAll);
        features[f++] = Ratio(dot, headline.Norm * body.Norm);
        features[f++] = Ratio(leadDot, headline.Norm * leadNorm);

        // The best-matching sentences: binary IDF cosine of each sentence with the headline.
        Span<int> top = stackalloc int[TopSentences];
        Span<float> topScore = stackalloc float[TopSentences];
        top.Fill(-1);
        float bestCoverage = 0;
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
            bestCoverage = Math.Max(bestCoverage, h.Length == 0 ? 0 : (float)covered / h.Length);
            for (int k = 0; k < TopSentences; k++)
            {
                if (top[k] < 0 || score > topScore[k])
                {
                    for (int m = TopSentences - 1; m > k; m--)
                    {
                        top[m] = top[m - 1];
                        topScore[m] = topScore[m - 1];
                    }

                    top[k] = s;
                    topScore[k] = score;
                    break;
                }
            }
        }

        features[f++] = top[0] >= 0 ? topScore[0] : 0;
        features[f++] = top[1] >= 0 ? topScore[1] : 0;
        features[f++] = top[0] >= 0 && body.SentenceCount > 1 ? (float)top[0] / (body.SentenceCount - 1) : 0;
        features[f++] = bestCoverage;

        // Adjacent pairs of the headline found in the body and in its lead.
        int pairsIn = 0, pairsLead = 0;
        foreach (ulong pair in headline.Pairs)
        {
            if (Array.BinarySearch(body.Pairs, pair) >= 0)
            {
                pairsIn++;
                if (Array.BinarySearch(body.LeadPairs, pair) >= 0)
                {
                    pairsLead++;
                }
            }
        }

        features[f++] = headline.Pairs.Length == 0 ? -1 : (float)pairsIn / headline.Pairs.Length;
        features[f++] = headline.Pairs.Length == 0 ? -1 : (float)pairsLead / headline.Pairs.Length;
        int union = h.Length + body.VectorKeys.Length - inBody;
        features[f++] = union == 0 ? 0 : (float)inBody / union;

        // Names and figures of the headline found in the body.
        int names = 0;
        foreach (ulong name in headline.Names)
        {
            names += body.Contains(name) ? 1 : 0;
        }

        features[f++] = headline.Names.Length;
        features[f++] = headline.Names.Length == 0 ? -1 : (float)names / headline.Names.Length;
        int numbers = 0;
        foreach (ulong number in headline.Numbers)
        {
            numbers += Array.BinarySearch(body.Numbers, number) >= 0 ? 1 : 0;
        }

        features[f++] = headline.Numbers.Length;
        features[f++] = headline.Numbers.Length == 0 ? -1 : (float)numbers / headline.Numbers.Length;
        features[f++] = (float)Math.Log(1 + body.Numbers.Length);

        // Cue words: rate in the body (per 100 words), count in the best sentences, the lead and the headline.
        var all = Sum(body, 0, body.SentenceCount);
        var leadCues = Sum(body, 0, lead);
        var topCues = default(CueTotals);
        foreach (int s in top)
        {
            if (s >= 0)
            {
                topCues = topCues.Plus(body.Cues[s]);
            }
        }

        var head = Sum(headline, 0, headline.SentenceCount);
        float per100 = 100f / Math.Max(1, body.Words);
        features[f++] = all.Refute * per100;
        features[f++] = topCues.Refute;
        features[f++] = leadCues.Refute;
        features[f++] = head.Refute;
        features[f++] = all.Negation * per100;
        features[f++] = topCues.Negation;
        features[f++] = head.Negation;
        features[f++] = top[0] >= 0 && (body.Cues[top[0]].Negation & 1) != (head.Negation & 1) ? 1 : 0;
        features[f++] = all.Hedge * per100;
        features[f++] = topCues.Hedge;
        features[f++] = leadCues.Hedge;
        features[f++] = head.Hedge;
        features[f++] = all.Confirm * per100;
        features[f++] = topCues.Confirm;
        features[f++] = all.Speech * per100;
        features[f++] = topCues.Speech;
        features[f++] = headline.Question ? 1 : 0;

        // Naive-Bayes log-odds of the related stances: the headline's terms, the body's distinct terms, the best sentences' terms.
        for (int c = 0; c < StanceLexicon.RelatedClasses; c++)
        {
            features[f++] = headline.MeanHeadlineWeight(lexicon, c);
        }

        for (int c = 0; c < StanceLexicon.RelatedClasses; c++)
        {
            features[f++] = body.MeanBodyWeight(lexicon, c);
        }

        var termWeights = body.TermBodyWeights(lexicon);
        for (int c = 0; c < StanceLexicon.RelatedClasses; c++)
        {
            double sum = 0;
            int n = 0;
            foreach (int s in top)
            {
                if (s < 0)
                {
                    continue;
                }

                for (int i = body.SentenceStarts[s]; i < body.SentenceStarts[s + 1]; i++)
                {
                    sum += termWeights is null ? lexicon.BodyWeight(c, body.Terms[i]) : termWeights[(c * body.Terms.Length) + i];
                    n++;
                }
            }

            features[f++] = n == 0 ? 0 : (float)(sum / n);
        }
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
