using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Features;

/// <summary>
/// A text as a bag of hashed word and punctuation unigrams and adjacent bigrams (<see cref="Buckets"/> buckets, the
/// count c of each weighed log(1 + c), the vector scaled to unit length), and the margin of a linear model over that bag:
/// the machine-prose model's <c>ngram_margin</c> feature. The model (weights learnt by logistic regression from the
/// training texts, shipped in the news lexicon) carries the vocabulary and phrasing of each side, which the counted
/// features do not. Training fits the weights on <see cref="Vector"/> and featurises with <see cref="Margin"/>, the same
/// reading. Thread-safe; <see cref="Margin"/> allocates nothing but a pooled tally.
/// </summary>
internal static class NgramBag
{
    /// <summary>Bits of the bucket index.</summary>
    public const int Bits = 18;

    /// <summary>Gets the number of buckets.</summary>
    public const int Buckets = 1 << Bits;

    /// <summary>Tokens read at most (about <see cref="MachineFeatures.MaxWords"/> words with their punctuation).</summary>
    private const int MaxTokens = 2 * MachineFeatures.MaxWords;

    private const int LogTable = 64;

    private static readonly double[] s_log = [.. Enumerable.Range(0, LogTable).Select(c => Math.Log(1 + c))];

    /// <summary>The model's margin (log-odds of machine prose) for <paramref name="text"/>; 0 when the lexicon has no weights.</summary>
    public static double Margin(ReadOnlySpan<char> text, NewsLexicon lexicon)
    {
        var weights = lexicon.NgramWeights;
        if (weights.Length != Buckets)
        {
            return 0;
        }

        // News has about one distinct bucket for every six characters, and the tally grows when half full: sized so it
        // seldom does. At most two buckets a token are read.
        var tally = new HashTally(Math.Min(text.Length / 3, 2 * MaxTokens));
        try
        {
            // The count of a bucket going from c − 1 to c moves the dot product by w (L(c) − L(c − 1)) and the squared
            // length by L(c)² − L(c − 1)², so one pass gives both.
            double dot = 0, length2 = 0;
            var buckets = new Enumerator(text);
            while (buckets.MoveNext())
            {
                int bucket = buckets.Current;
                int c = tally.Add((ulong)bucket + 1);
                double now = Log1p(c), before = Log1p(c - 1);
                dot += weights[bucket] * (now - before);
                length2 += (now * now) - (before * before);
            }

            return lexicon.NgramBias + (length2 > 0 ? dot / Math.Sqrt(length2) : 0);
        }
        finally
        {
            tally.Dispose();
        }
    }

    /// <summary>The bag of <paramref name="text"/> as sorted bucket indices and their unit-length values (for training).</summary>
    public static (int[] Buckets, float[] Values) Vector(ReadOnlySpan<char> text)
    {
        var counts = new SortedDictionary<int, int>();
        var buckets = new Enumerator(text);
        while (buckets.MoveNext())
        {
            counts[buckets.Current] = counts.GetValueOrDefault(buckets.Current) + 1;
        }

        var index = counts.Keys.ToArray();
        var values = new float[index.Length];
        double length2 = 0;
        for (int i = 0; i < index.Length; i++)
        {
            double v = Log1p(counts[index[i]]);
            values[i] = (float)v;
            length2 += v * v;
        }

        double length = Math.Sqrt(length2);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(values[i] / length);
        }

        return (index, values);
    }

    private static double Log1p(int c) => c < LogTable ? s_log[c] : Math.Log(1 + c);

    /// <summary>The buckets of a text's tokens in order: each token's unigram, then its bigram with the token before.</summary>
    private ref struct Enumerator(ReadOnlySpan<char> text)
    {
        private WordScanner _scanner = new(text);
        private ulong _previous;
        private int _pending = -1;
        private int _tokens;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            if (_pending >= 0)
            {
                Current = _pending;
                _pending = -1;
                return true;
            }

            if (_tokens >= MaxTokens || !_scanner.MoveNext())
            {
                return false;
            }

            _tokens++;
            ulong h = _scanner.Current.Hash;
            Current = (int)(h & (Buckets - 1));
            if (_previous != 0)
            {
                _pending = (int)(WordHash.Pair(_previous, h) & (Buckets - 1));
            }

            _previous = h;
            return true;
        }
    }
}
