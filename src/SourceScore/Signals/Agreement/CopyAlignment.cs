using System.Buffers;
using SourceScore.Index;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// How much of an article is derived from an original, and where: the outcome of <see cref="CopyAlignment.Align"/>.
/// </summary>
/// <param name="Evidence">What the alignment measured (the copy model's input).</param>
/// <param name="Passages">The aligned runs of consecutive sentences, in article order.</param>
internal sealed record CopyAlignmentResult(CopyEvidence Evidence, IReadOnlyList<CopiedPassage> Passages)
{
    public static CopyAlignmentResult None { get; } = new(default(CopyEvidence), []);

    /// <summary>Gets the share of the article's sentence text aligned with the original, in [0, 1].</summary>
    public double Share => Evidence.Share;

    /// <summary>Gets the share of the aligned consecutive content-word pairs the original has in the same order, in [0, 1].</summary>
    public double Verbatim => Evidence.Verbatim;

    /// <summary>
    /// Gets whether the article is derived from the original: it has <see cref="CopyAlignment.MinSentences"/> sentences,
    /// at least <see cref="CopyAlignment.MinAligned"/> of them retell the original's (so the reused passages can be
    /// shown), and the copy model (<see cref="CopyModel"/>), which weighs how much of the article retells the original
    /// against how much of the original it covers and how many of its names, figures and words it borrows, says so.
    /// </summary>
    public bool IsDerived => CopyAlignment.CouldBeDerived(Evidence) && CopyModel.IsDerived(Evidence);
}

/// <summary>
/// Aligns an article's sentences with an original's, in order (monotone, as in sequence alignment: the facts come in
/// the same sequence), on their content words and figures: a word of the article matches the same term in the
/// original sentence, or one of its WordNet synonyms there (<see cref="SynonymKeys"/>: a spinner's swap), weighted by
/// IDF, so names, figures and rare terms carry the alignment. Two sentences align when their weighted Dice coefficient
/// reaches <see cref="Threshold"/> (a long original sentence counted at most <see cref="LengthFloor"/> times the
/// article sentence: a rewrite splits sentences); several article sentences may align with one original sentence,
/// an article sentence with at most one. What the alignment measured (<see cref="CopyEvidence"/>) is weighed by the copy
/// model, trained on the tuning half of the copy pairs (<c>SourceScore.Training -- copies</c>; models/copy-v1.md).
/// Thread-safe; its buffers come from the shared pools, so a call allocates little more than its result.
/// </summary>
internal static class CopyAlignment
{
    /// <summary>The weighted Dice coefficient from which two sentences tell the same thing.</summary>
    public const double Threshold = 0.4;

    /// <summary>An original sentence counts at most this many times the article sentence's weight in the coefficient.</summary>
    public const double LengthFloor = 2;

    /// <summary>Article sentences that must retell the original's for the article to be called derived: the reused passages are shown.</summary>
    public const int MinAligned = 1;

    /// <summary>Sentences an article needs to be called derived: a one-sentence text is a headline or a quotation, never a copy.</summary>
    public const int MinSentences = 2;

    /// <summary>Whether an article could be derived from the original at all (<see cref="MinSentences"/> sentences, <see cref="MinAligned"/> of them aligned): the copy model reads only those.</summary>
    public static bool CouldBeDerived(in CopyEvidence evidence) => evidence.Sentences >= MinAligned && evidence.ArticleSentences >= MinSentences;

    /// <summary>Names and figures compared for their order (the first ones of the article); the count of pairs grows with the square.</summary>
    private const int MaxOrdered = 64;

    /// <summary>Aligns <paramref name="article"/> with <paramref name="original"/>.</summary>
    public static CopyAlignmentResult Align(CopyPrint article, CopyPrint original)
    {
        int n = article.Count, m = original.Count;
        if (n == 0 || m == 0)
        {
            return CopyAlignmentResult.None;
        }

        var pool = ArrayPool<float>.Shared;
        var where = KeyPostings.Of(original);
        var sim = pool.Rent(n * m);
        var f = pool.Rent((n + 1) * (m + 1));
        var match = ArrayPool<int>.Shared.Rent(n);
        var found = new HeldKeys(article.Keys.Length);
        try
        {
            Similarities(article, original, where, sim.AsSpan(0, n * m), ref found);

            // f[i, j]: the best total similarity of article sentences < i aligned with original sentences < j (monotone).
            int w = m + 1;
            Array.Clear(f, 0, (n + 1) * w);
            for (int i = 1; i <= n; i++)
            {
                for (int j = 1; j <= m; j++)
                {
                    float best = Math.Max(f[(i * w) + j - 1], f[((i - 1) * w) + j]);
                    float s = sim[((i - 1) * m) + j - 1];
                    if (s >= Threshold)
                    {
                        best = Math.Max(best, f[((i - 1) * w) + j] + s);
                    }

                    f[(i * w) + j] = best;
                }
            }

            // Walk back: article sentence i-1 is aligned with original sentence j-1 where that move made the best.
            Array.Fill(match, -1, 0, n);
            for (int i = n, j = m; i > 0 && j > 0;)
            {
                float here = f[(i * w) + j];
                if (here == f[(i * w) + j - 1])
                {
                    j--;
                }
                else if (here == f[((i - 1) * w) + j])
                {
                    i--;
                }
                else
                {
                    match[i - 1] = j - 1;
                    i--;
                }
            }

            return Summarise(article, original, match.AsSpan(0, n), where, sim.AsSpan(0, n * m), ref found);
        }
        finally
        {
            found.Dispose();
            pool.Return(sim);
            pool.Return(f);
            ArrayPool<int>.Shared.Return(match);
            where.Dispose();
        }
    }

    /// <summary>
    /// The weighted Dice coefficient of every pair of sentences (article-major), written to <paramref name="sim"/>; on the
    /// way, the article's keys the original holds (itself or a synonym) and the original's keys met (an article key
    /// itself, or one of its synonyms: WordNet's synonymy goes both ways), added to <paramref name="found"/>.
    /// </summary>
    private static void Similarities(CopyPrint article, CopyPrint original, KeyPostings where, Span<float> sim, ref HeldKeys found)
    {
        int n = article.Count, m = original.Count;
        sim.Clear();

        // Each article term counts once per original sentence: itself, or else one of its synonyms found there.
        var stamps = ArrayPool<int>.Shared.Rent(m);
        var stamp = stamps.AsSpan(0, m);
        stamp.Clear();
        try
        {
            int term = 0;
            for (int i = 0; i < n; i++)
            {
                var row = sim.Slice(i * m, m);
                foreach (uint entry in article.KeysOf(i))
                {
                    term++;
                    uint key = CopyPrint.KeyOf(entry);
                    float weight = CopyPrint.WeightOf(entry);
                    var own = where.SentencesOf(key);
                    bool held = !own.IsEmpty;
                    if (held)
                    {
                        found.AddOriginal(key);
                    }

                    foreach (int j in own)
                    {
                        stamp[j] = term;
                        row[j] += weight;
                    }

                    foreach (uint synonym in SynonymKeys.Of(key))
                    {
                        var swapped = where.SentencesOf(synonym);
                        if (!swapped.IsEmpty)
                        {
                            held = true;
                            found.AddOriginal(synonym);
                        }

                        foreach (int j in swapped)
                        {
                            if (stamp[j] != term)
                            {
                                stamp[j] = term;
                                row[j] += weight;
                            }
                        }
                    }

                    if (held)
                    {
                        found.AddArticle(key);
                    }
                }
            }

            // The original's sentence weights reuse the stamps' buffer, as floats.
            var originalWeights = System.Runtime.InteropServices.MemoryMarshal.Cast<int, float>(stamp);
            for (int j = 0; j < m; j++)
            {
                originalWeights[j] = original.WeightOf(j);
            }

            for (int i = 0; i < n; i++)
            {
                float a = article.WeightOf(i);
                float floor = (float)(LengthFloor * a);
                var row = sim.Slice(i * m, m);
                for (int j = 0; j < m; j++)
                {
                    float total = a + Math.Min(originalWeights[j], floor);
                    row[j] = total <= 0 ? 0 : Math.Min(1, 2 * row[j] / total);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stamps);
        }
    }

    /// <summary>
    /// Of the article's sentence text, the share that retells some sentence of the original whatever the order; of the
    /// original's, the share that some article sentence retells.
    /// </summary>
    private static (double Article, double Original) AnyOrder(CopyPrint article, CopyPrint original, ReadOnlySpan<float> sim)
    {
        int n = article.Count, m = original.Count;
        var hits = ArrayPool<bool>.Shared.Rent(m);
        try
        {
            Array.Clear(hits, 0, m);
            long all = 0, retold = 0;
            for (int i = 0; i < n; i++)
            {
                int length = article.Sentences[i].Length;
                all += length;
                bool any = false;
                var row = sim.Slice(i * m, m);
                for (int j = 0; j < m; j++)
                {
                    if (row[j] >= Threshold)
                    {
                        any = true;
                        hits[j] = true;
                    }
                }

                retold += any ? length : 0;
            }

            long originalAll = 0, originalRetold = 0;
            for (int j = 0; j < m; j++)
            {
                int length = original.Sentences[j].Length;
                originalAll += length;
                originalRetold += hits[j] ? length : 0;
            }

            return (all == 0 ? 0 : retold / (double)all, originalAll == 0 ? 0 : originalRetold / (double)originalAll);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(hits);
        }
    }

    /// <summary>
    /// What the alignment measured. The figures the copy model reads beyond the in-order ones are measured only for an
    /// article that could be derived (<see cref="MinSentences"/> sentences, <see cref="MinAligned"/> aligned); for
    /// another they are 0, as no model reads them.
    /// </summary>
    private static CopyAlignmentResult Summarise(CopyPrint article, CopyPrint original, ReadOnlySpan<int> match, KeyPostings where, ReadOnlySpan<float> sim, ref HeldKeys found)
    {
        int n = article.Count;
        long all = 0, aligned = 0, facts = 0, alignedFacts = 0;
        int sentences = 0, pairs = 0, samePairs = 0;
        var passages = new List<CopiedPassage>();
        int runStart = -1;
        for (int i = 0; i <= n; i++)
        {
            bool isAligned = i < n && match[i] >= 0;
            if (i < n)
            {
                int length = article.Sentences[i].Length;
                all += length;
                bool factual = article.IsFactual(i);
                facts += factual ? length : 0;
                if (isAligned)
                {
                    sentences++;
                    aligned += length;
                    alignedFacts += factual ? length : 0;
                    (int p, int same) = SharedPairs(article.KeysOf(i), original.KeysOf(match[i]));
                    pairs += p;
                    samePairs += same;
                }
            }

            if (isAligned)
            {
                runStart = runStart < 0 ? i : runStart;
            }
            else if (runStart >= 0)
            {
                passages.Add(Passage(article, original, match, runStart, i));
                runStart = -1;
            }
        }

        var evidence = default(CopyEvidence) with
        {
            Share = all == 0 ? 0 : aligned / (double)all,
            FactShare = facts == 0 ? 0 : alignedFacts / (double)facts,
            Verbatim = pairs == 0 ? 0 : samePairs / (double)pairs,
            Sentences = sentences,
            ArticleSentences = article.Count,
            OriginalSentences = original.Count,
        };
        if (!CouldBeDerived(evidence))
        {
            return new CopyAlignmentResult(evidence, passages);
        }

        var (anyOrder, covered) = AnyOrder(article, original, sim);
        var held = Containment(article, found.Article());
        var kept = Containment(original, found.Original());
        evidence = evidence with
        {
            Anchors = held.Anchors,
            OriginalAnchors = kept.Anchors,
            AnyOrderShare = anyOrder,
            OriginalCovered = covered,
            ArticleAnchorCount = held.AnchorCount,
            BorrowedAnchorCount = held.HeldAnchors,
            OriginalAnchorCount = kept.AnchorCount,
            Words = held.Words,
            OriginalWords = kept.Words,
            AnchorOrder = AnchorOrder(article, where),
        };
        return new CopyAlignmentResult(evidence, passages);
    }

    /// <summary>The consecutive key pairs of an article sentence, and how many of them the original sentence has consecutive too.</summary>
    private static (int Pairs, int Same) SharedPairs(ReadOnlySpan<uint> article, ReadOnlySpan<uint> original)
    {
        int same = 0;
        for (int k = 1; k < article.Length; k++)
        {
            for (int o = 1; o < original.Length; o++)
            {
                if (CopyPrint.KeyOf(original[o - 1]) == CopyPrint.KeyOf(article[k - 1]) && CopyPrint.KeyOf(original[o]) == CopyPrint.KeyOf(article[k]))
                {
                    same++;
                    break;
                }
            }
        }

        return (Math.Max(0, article.Length - 1), same);
    }

    /// <summary>
    /// Of a print's distinct names and figures, and of all its distinct keys, the IDF-weighted share the other text holds
    /// too, itself or a synonym (a spinner swaps a name it takes for a word: <paramref name="held"/>, sorted, the keys
    /// found so); with how many distinct names and figures there are and how many the other holds. A key is a name or
    /// figure when any of its entries is one.
    /// </summary>
    private static (double Anchors, int AnchorCount, int HeldAnchors, double Words) Containment(CopyPrint print, ReadOnlySpan<uint> held)
    {
        // The entries sorted: each key's entries together, its anchor entries last, so that each key counts once.
        var buffer = ArrayPool<uint>.Shared.Rent(Math.Max(1, print.Keys.Length));
        try
        {
            var entries = buffer.AsSpan(0, print.Keys.Length);
            print.Keys.CopyTo(entries);
            entries.Sort();
            double anchorWeight = 0, anchorsHeld = 0, wordWeight = 0, wordsHeld = 0;
            int anchors = 0, heldAnchors = 0;
            for (int first = 0, end; first < entries.Length; first = end)
            {
                // The key's entries are [first, end): its plain ones, then its anchor ones; each weighs its least.
                uint key = CopyPrint.KeyOf(entries[first]);
                int anchor = -1;
                for (end = first; end < entries.Length && CopyPrint.KeyOf(entries[end]) == key; end++)
                {
                    anchor = anchor < 0 && CopyPrint.IsAnchor(entries[end]) ? end : anchor;
                }

                bool isHeld = held.BinarySearch(key) >= 0;
                float weight = CopyPrint.WeightOf(entries[first]);
                wordWeight += weight;
                wordsHeld += isHeld ? weight : 0;
                if (anchor >= 0)
                {
                    float anchorOwn = CopyPrint.WeightOf(entries[anchor]);
                    anchors++;
                    heldAnchors += isHeld ? 1 : 0;
                    anchorWeight += anchorOwn;
                    anchorsHeld += isHeld ? anchorOwn : 0;
                }
            }

            return (anchorWeight <= 0 ? 0 : anchorsHeld / anchorWeight, anchors, heldAnchors, wordWeight <= 0 ? 0 : wordsHeld / wordWeight);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Kendall's tau between the order in which the article first names its names and figures (the first
    /// <see cref="MaxOrdered"/>) and the sentences of the original that first hold them: 1 when the facts come in the
    /// same order, about 0 when unrelated, 0 when fewer than three are shared.
    /// </summary>
    private static double AnchorOrder(CopyPrint article, KeyPostings original)
    {
        Span<uint> seen = stackalloc uint[MaxOrdered];
        Span<int> places = stackalloc int[MaxOrdered];
        int distinct = 0, shared = 0;
        foreach (uint entry in article.Keys)
        {
            if (distinct == MaxOrdered)
            {
                break;
            }

            uint key = CopyPrint.KeyOf(entry);
            if (!CopyPrint.IsAnchor(entry) || seen[..distinct].Contains(key))
            {
                continue;
            }

            seen[distinct++] = key;
            foreach (int sentence in original.SentencesOf(key))
            {
                places[shared++] = sentence; // the first: postings are in sentence order
                break;
            }
        }

        if (shared < 3)
        {
            return 0;
        }

        long concordant = 0, discordant = 0;
        for (int a = 0; a < shared; a++)
        {
            for (int b = a + 1; b < shared; b++)
            {
                concordant += places[b] > places[a] ? 1 : 0;
                discordant += places[b] < places[a] ? 1 : 0;
            }
        }

        return concordant + discordant == 0 ? 0 : (concordant - discordant) / (double)(concordant + discordant);
    }

    /// <summary>
    /// The keys each text holds of the other's, gathered while the similarities are summed, in buffers from the shared
    /// pool (return them with <see cref="Dispose"/>); read sorted and distinct. One per alignment; not thread-safe.
    /// </summary>
    private struct HeldKeys(int capacity) : IDisposable
    {
        private uint[] _article = ArrayPool<uint>.Shared.Rent(Math.Max(1, capacity));
        private uint[] _original = ArrayPool<uint>.Shared.Rent(Math.Max(1, capacity));
        private int _articleCount;
        private int _originalCount;

        public void AddArticle(uint key) => Add(ref _article, ref _articleCount, key);

        public void AddOriginal(uint key) => Add(ref _original, ref _originalCount, key);

        /// <summary>The article's keys the original holds, itself or a synonym: sorted, distinct.</summary>
        public readonly ReadOnlySpan<uint> Article() => Distinct(_article.AsSpan(0, _articleCount));

        /// <summary>The original's keys met by an article key, itself or a synonym: sorted, distinct.</summary>
        public readonly ReadOnlySpan<uint> Original() => Distinct(_original.AsSpan(0, _originalCount));

        public readonly void Dispose()
        {
            ArrayPool<uint>.Shared.Return(_article);
            ArrayPool<uint>.Shared.Return(_original);
        }

        private static void Add(ref uint[] keys, ref int count, uint key)
        {
            if (count == keys.Length)
            {
                var larger = ArrayPool<uint>.Shared.Rent(keys.Length * 2);
                keys.AsSpan(0, count).CopyTo(larger);
                ArrayPool<uint>.Shared.Return(keys);
                keys = larger;
            }

            keys[count++] = key;
        }

        private static ReadOnlySpan<uint> Distinct(Span<uint> keys)
        {
            keys.Sort();
            int kept = 0;
            for (int k = 0; k < keys.Length; k++)
            {
                if (kept == 0 || keys[kept - 1] != keys[k])
                {
                    keys[kept++] = keys[k];
                }
            }

            return keys[..kept];
        }
    }

    /// <summary>The passage of article sentences [<paramref name="from"/>, <paramref name="to"/>) and the original sentences they align with.</summary>
    private static CopiedPassage Passage(CopyPrint article, CopyPrint original, ReadOnlySpan<int> match, int from, int to)
    {
        int first = int.MaxValue, last = int.MinValue;
        for (int i = from; i < to; i++)
        {
            first = Math.Min(first, match[i]);
            last = Math.Max(last, match[i]);
        }

        var span = TextSpan.FromBounds(article.Sentences[from].Start, article.Sentences[to - 1].End);
        var source = TextSpan.FromBounds(original.Sentences[first].Start, original.Sentences[last].End);
        return new CopiedPassage(span, source);
    }
}
