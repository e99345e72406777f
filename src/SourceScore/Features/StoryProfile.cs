using System.Buffers;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Features;

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

    public static StoryProfile Of(ReadOnlySpan<char> text, StanceLexicon lexicon)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(StanceDocument.MaxTokens);
        try
        {
            var found = WordScanner.Scan(text, new TextSpan(0, text.Length), tokens.AsSpan(0, StanceDocument.MaxTokens));
            var scores = new Dictionary<ulong, float>(256);
            var sketch = new uint[SketchSize];
            Array.Fill(sketch, uint.MaxValue);
            ulong w1 = 0, w2 = 0;
            int words = 0;
            bool sentenceStart = true;
            foreach (var token in found)
            {
                if (token.Kind == TokenKind.Punctuation)
                {
                    sentenceStart |= text[token.Start] is '.' or '!' or '?';
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
                        float boost = !sentenceStart && char.IsUpper(word[0]) ? 1.5f : 1f;
                        scores[key] = scores.GetValueOrDefault(key) + boost;
                    }
                }

                sentenceStart = false;
            }

            // TF-IDF with a damped term frequency; the top terms by score, kept sorted by key.
            var ranked = scores.Select(p => (Key: p.Key, Idf: lexicon.Idf(p.Key), Score: MathF.Sqrt(p.Value) * lexicon.Idf(p.Key)))
                .OrderByDescending(t => t.Score).ThenBy(t => t.Key).Take(TermCount).OrderBy(t => t.Key).ToArray();
            return new StoryProfile([.. ranked.Select(t => t.Key)], [.. ranked.Select(t => t.Idf)], sketch, words);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

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

    /// <summary>The weight (this profile's) of the salient terms this profile shares with <paramref name="other"/>.</summary>
    public double SharedWeight(StoryProfile other) => SharedWeight(other.Terms);

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
