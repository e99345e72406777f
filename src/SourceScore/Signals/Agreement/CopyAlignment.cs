using System.Buffers;
using SourceScore.Index;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// How much of an article is derived from an original, and where: the outcome of <see cref="CopyAlignment.Align"/>.
/// </summary>
/// <param name="Share">The share of the article's sentence text aligned with the original, in [0, 1].</param>
/// <param name="FactShare">The same share over the sentences that state facts (<see cref="CopyPrint.IsFactual"/>) only.</param>
/// <param name="Anchors">Of the article's names and figures (IDF-weighted), the share the original holds too, in [0, 1].</param>
/// <param name="Verbatim">Of the aligned sentences' consecutive content-word pairs, the share the original sentence has in the same order, in [0, 1].</param>
/// <param name="Sentences">How many of the article's sentences are aligned.</param>
/// <param name="Passages">The aligned runs of consecutive sentences, in article order.</param>
internal sealed record CopyAlignmentResult(double Share, double FactShare, double Anchors, double Verbatim, int Sentences, IReadOnlyList<CopiedPassage> Passages)
{
    public static CopyAlignmentResult None { get; } = new(0, 0, 0, 0, 0, []);

    /// <summary>
    /// Whether the article is derived from the original: most of its sentences retell the original's, in order
    /// (<see cref="CopyAlignment.RetoldShare"/> of its text, at least <see cref="CopyAlignment.MinRetold"/> sentences), or
    /// its names and figures are nearly all the original's (<see cref="CopyAlignment.BorrowedAnchors"/>) and a good part
    /// of its factual sentences retell the original's (<see cref="CopyAlignment.RetoldFacts"/>, at least two).
    /// </summary>
    public bool IsDerived =>
        (Share >= CopyAlignment.RetoldShare && Sentences >= CopyAlignment.MinRetold)
        || (FactShare >= CopyAlignment.RetoldFacts && Anchors >= CopyAlignment.BorrowedAnchors && Sentences >= 2);
}

/// <summary>
/// Aligns an article's sentences with an original's, in order (monotone, as in sequence alignment: the facts come in
/// the same sequence), on their content words and figures: a word of the article matches the same term in the
/// original sentence, or one of its WordNet synonyms there (<see cref="SynonymKeys"/>: a spinner's swap), weighted by
/// IDF, so names, figures and rare terms carry the alignment. Two sentences align when their weighted Dice coefficient
/// reaches <see cref="Threshold"/> (a long original sentence counted at most <see cref="LengthFloor"/> times the
/// article sentence: a rewrite splits sentences); several article sentences may align with one original sentence,
/// an article sentence with at most one. The decision thresholds were chosen on the tuning half of the copy pairs
/// (<c>SourceScore.Training -- eval-copies</c>; docs/copies.md). Thread-safe; its buffers come from the shared pools,
/// so a call allocates little more than its result.
/// </summary>
internal static class CopyAlignment
{
    /// <summary>The weighted Dice coefficient from which two sentences tell the same thing.</summary>
    public const double Threshold = 0.4;

    /// <summary>An original sentence counts at most this many times the article sentence's weight in the coefficient.</summary>
    public const double LengthFloor = 2;

    /// <summary>The share of an article's text aligned with an original from which it retells it.</summary>
    public const double RetoldShare = 0.7;

    /// <summary>Aligned sentences the <see cref="RetoldShare"/> test needs.</summary>
    public const int MinRetold = 3;

    /// <summary>The share of an article's factual sentences aligned with an original that, with its names and figures borrowed, makes it a rewrite.</summary>
    public const double RetoldFacts = 0.3;

    /// <summary>The share of an article's names and figures (IDF-weighted) found in an original from which they are borrowed.</summary>
    public const double BorrowedAnchors = 0.85;

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
        try
        {
            Similarities(article, original, where, sim.AsSpan(0, n * m));

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

            return Summarise(article, original, match.AsSpan(0, n), where);
        }
        finally
        {
            pool.Return(sim);
            pool.Return(f);
            ArrayPool<int>.Shared.Return(match);
            where.Dispose();
        }
    }

    /// <summary>The weighted Dice coefficient of every pair of sentences (article-major), written to <paramref name="sim"/>.</summary>
    private static void Similarities(CopyPrint article, CopyPrint original, KeyPostings where, Span<float> sim)
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
                    foreach (int j in where.SentencesOf(key))
                    {
                        stamp[j] = term;
                        row[j] += weight;
                    }

                    foreach (uint synonym in SynonymKeys.Of(key))
                    {
                        foreach (int j in where.SentencesOf(synonym))
                        {
                            if (stamp[j] != term)
                            {
                                stamp[j] = term;
                                row[j] += weight;
                            }
                        }
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

    private static CopyAlignmentResult Summarise(CopyPrint article, CopyPrint original, ReadOnlySpan<int> match, KeyPostings where)
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

        if (sentences == 0)
        {
            return CopyAlignmentResult.None with { Anchors = AnchorContainment(article, where) };
        }

        return new CopyAlignmentResult(
            all == 0 ? 0 : aligned / (double)all,
            facts == 0 ? 0 : alignedFacts / (double)facts,
            AnchorContainment(article, where),
            pairs == 0 ? 0 : samePairs / (double)pairs,
            sentences,
            passages);
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
    /// Of the article's distinct anchors (names and figures), the IDF-weighted share the original holds too, itself or a
    /// synonym (a spinner swaps a name it takes for a word).
    /// </summary>
    private static double AnchorContainment(CopyPrint article, KeyPostings original)
    {
        // The article's anchors, sorted so that each counts once.
        var buffer = ArrayPool<uint>.Shared.Rent(article.Keys.Length);
        try
        {
            int count = 0;
            foreach (uint entry in article.Keys)
            {
                if (CopyPrint.IsAnchor(entry))
                {
                    buffer[count++] = entry & ~CopyPrint.AnchorMask;
                }
            }

            var anchors = buffer.AsSpan(0, count);
            anchors.Sort();
            double all = 0, found = 0;
            for (int k = 0; k < anchors.Length; k++)
            {
                uint key = CopyPrint.KeyOf(anchors[k]);
                if (k > 0 && CopyPrint.KeyOf(anchors[k - 1]) == key)
                {
                    continue;
                }

                float weight = CopyPrint.WeightOf(anchors[k]);
                all += weight;
                bool held = original.Contains(key);
                foreach (uint synonym in SynonymKeys.Of(key))
                {
                    held = held || original.Contains(synonym);
                }

                found += held ? weight : 0;
            }

            return all <= 0 ? 0 : found / all;
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
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
