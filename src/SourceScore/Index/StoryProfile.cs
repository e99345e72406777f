using System.Buffers;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Index;

/// <summary>
/// What the story index keeps of an article to find other coverage of its story: its most salient terms
/// (<see cref="TermKey"/>s by TF-IDF, names weighing more, so Tiani and Tchiani, Niger and Nigerien meet), and a
/// one-permutation MinHash of its word 3-shingles (Li, Owen &amp; Zhang 2012) that estimates how much of the wording
/// two articles share — a reprint shares nearly all of it, a reworded copy shares its terms but little wording.
/// Computed in one pass over the first <see cref="StanceDocument.MaxTokens"/> tokens. Immutable.
/// </summary>
internal sealed class StoryProfile
{
    /// <summary>Salient terms kept per article.</summary>
    public const int TermCount = 40;

    /// <summary>Buckets of the shingle sketch.</summary>
    public const int SketchSize = 32;

    private StoryProfile(ulong[] terms, float[] weights, uint[] sketch, int words)
    {
        Terms = terms;
        Weights = weights;
        Sketch = sketch;
        Words = words;
        WeightSum = weights.Sum();
    }

    /// <summary>Gets the salient terms, sorted by key.</summary>
    public ulong[] Terms { get; }

    /// <summary>Gets the IDF weight of each term of <see cref="Terms"/>.</summary>
    public float[] Weights { get; }

    /// <summary>Gets the sum of <see cref="Weights"/>.</summary>
    public float WeightSum { get; }

    /// <summary>Gets the shingle sketch: the least hash in each bucket (<see cref="uint.MaxValue"/> when empty).</summary>
    public uint[] Sketch { get; }

    /// <summary>Gets the number of words read.</summary>
    public int Words { get; }

    /// <summary>A profile from the parts of another (<see cref="Terms"/>, <see cref="Weights"/>, <see cref="Sketch"/>, <see cref="Words"/>): a cluster sends a lookup in these parts.</summary>
    public static StoryProfile FromParts(ulong[] terms, float[] weights, uint[] sketch, int words)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(sketch);
        if (weights.Length != terms.Length || terms.Length > TermCount || sketch.Length != SketchSize)
        {
            throw new ArgumentException("The parts of a story profile do not fit together.", nameof(terms));
        }

        return new StoryProfile(terms, weights, sketch, words);
    }

    /// <summary>The profile of <paramref name="text"/>; a capitalised word that does not open one of <paramref name="sentences"/> is taken for a name.</summary>
    public static StoryProfile Of(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> sentences, StanceLexicon lexicon)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(StanceDocument.MaxTokens);
        var counts = new HashTally(256); // half-occurrences: 2 for a word, 3 for a name (weighing 1.5)
        (ulong Key, int Count)[]? tally = null;
        try
        {
            var found = WordScanner.Scan(text, new TextSpan(0, text.Length), tokens.AsSpan(0, StanceDocument.MaxTokens));
            var sketch = new uint[SketchSize];
            Array.Fill(sketch, uint.MaxValue);
            ulong w1 = 0, w2 = 0;
            int words = 0;
            bool sentenceStart = true;
            var sentence = new SentenceCursor(sentences);
            foreach (var token in found)
            {
                sentenceStart |= sentence.EntersNext(token.Start);
                if (token.Kind == TokenKind.Punctuation)
                {
                    continue;
                }

                words++;
                ulong hash = token.Kind == TokenKind.Word ? token.Hash : WordHash.Of(text.Slice(token.Start, token.Length));
                if (w1 != 0 && w2 != 0)
                {
                    ulong shingle = WordHash.Pair(WordHash.Pair(w2, w1), hash);
                    int bucket = (int)(shingle % SketchSize);
                    uint value = (uint)(shingle >> 32);
                    if (value < sketch[bucket])
                    {
                        sketch[bucket] = value;
                    }
                }

                w2 = w1;
                w1 = hash;
                if (token.Kind == TokenKind.Word)
                {
                    var word = text.Slice(token.Start, token.Length);
                    ulong key = TermKey.Of(word, token.Hash);
                    if (key != 0)
                    {
                        counts.Add(key, !sentenceStart && char.IsUpper(word[0]) ? 3 : 2);
                    }
                }

                sentenceStart = false;
            }

            // TF-IDF with a damped term frequency; the top terms by score (ties: the lower key), kept sorted by key.
            int distinct = counts.Count;
            tally = ArrayPool<(ulong, int)>.Shared.Rent(distinct);
            counts.CopyTo(tally);
            Span<(float Score, ulong Key, float Idf)> best = stackalloc (float, ulong, float)[TermCount];
            int kept = 0;
            foreach (var (key, count) in tally.AsSpan(0, distinct))
            {
                float idf = lexicon.Idf(key);
                var term = (Score: MathF.Sqrt(count / 2f) * idf, Key: key, Idf: idf);
                if (kept == TermCount && !Before(term, best[kept - 1]))
                {
                    continue;
                }

                // Insertion into the best-first list, its last dropped when it is full.
                int at = kept < TermCount ? kept++ : TermCount - 1;
                while (at > 0 && Before(term, best[at - 1]))
                {
                    best[at] = best[at - 1];
                    at--;
                }

                best[at] = term;
            }

            var top = best[..kept];
            top.Sort(static (a, b) => a.Key.CompareTo(b.Key));
            var terms = new ulong[kept];
            var weights = new float[kept];
            for (int i = 0; i < kept; i++)
            {
                (terms[i], weights[i]) = (top[i].Key, top[i].Idf);
            }

            return new StoryProfile(terms, weights, sketch, words);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
            counts.Dispose();
            if (tally is not null)
            {
                ArrayPool<(ulong, int)>.Shared.Return(tally);
            }
        }
    }

    /// <summary>Whether term <paramref name="a"/> ranks before <paramref name="b"/>: the higher score, then the lower key.</summary>
    private static bool Before((float Score, ulong Key, float Idf) a, (float Score, ulong Key, float Idf) b) =>
        a.Score != b.Score ? a.Score > b.Score : a.Key < b.Key;

    /// <summary>The estimated resemblance (Jaccard similarity) of two articles' word 3-shingles, from the sketches.</summary>
    public static double Resemblance(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int both = 0, same = 0;
        for (int i = 0; i < SketchSize; i++)
        {
            if (a[i] == uint.MaxValue && b[i] == uint.MaxValue)
            {
                continue;
            }

            both++;
            same += a[i] == b[i] ? 1 : 0;
        }

        return both == 0 ? 0 : same / (double)both;
    }

    /// <summary>The weight (this profile's) of the salient terms this profile shares with <paramref name="terms"/> (sorted by key).</summary>
    public double SharedWeight(ReadOnlySpan<ulong> terms)
    {
        double shared = 0;
        ulong[] a = Terms;
        var b = terms;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = a[i].CompareTo(b[j]);
            if (c == 0)
            {
                shared += Weights[i];
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
