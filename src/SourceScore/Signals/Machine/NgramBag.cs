using System.Runtime.CompilerServices;
using SourceScore.Text;

namespace SourceScore.Signals.Machine;

/// <summary>
/// A text as a bag of hashed word and punctuation unigrams and adjacent bigrams (<see cref="Buckets"/> buckets, the
/// count c of each weighed log(1 + c), the vector scaled to unit length), and the margins of linear models over that bag:
/// the machine-prose model's <c>ngram_margin_*</c> features. One model tells human news from spun copies, the other
/// human news from text a language model wrote (weights learnt by logistic regression from the training texts, shipped
/// in the news lexicon); they carry the vocabulary and phrasing of each side, which the counted features do not, and
/// the two kinds of machine text give themselves away in different words. Training fits the weights on <see cref="Vector"/>;
/// <see cref="MachineFeatures.Extract"/> reads the same buckets from the tokens it already scans, looks their weights up
/// with the word and pair statistics, and sums them in a <see cref="Reader"/>. Thread-safe; a reader allocates nothing
/// but a pooled tally.
/// </summary>
internal static class NgramBag
{
    /// <summary>Bits of the bucket index.</summary>
    public const int Bits = 18;

    /// <summary>Gets the number of buckets.</summary>
    public const int Buckets = 1 << Bits;

    /// <summary>Gets the number of models read over the bag.</summary>
    public const int Models = 2;

    /// <summary>Gets the models' names, in the order of their weights and features: human vs spun, human vs language model.</summary>
    public static IReadOnlyList<string> ModelNames { get; } = ["spun", "llm"];

    private const int LogTable = 64;

    private static readonly double[] s_log = [.. Enumerable.Range(0, LogTable).Select(c => Math.Log(1 + c))];

    /// <summary>The bucket of a token's unigram (punctuation, whose hash is 0, shares bucket 0).</summary>
    public static int Unigram(ulong hash) => (int)(hash & (Buckets - 1));

    /// <summary>The bucket of the bigram of a word (<paramref name="previous"/>, not 0) and the token after it.</summary>
    public static int Bigram(ulong previous, ulong hash) => Bigram(WordHash.Pair(previous, hash));

    /// <summary>The bucket of a bigram from its pair hash (<see cref="WordHash.Pair"/>).</summary>
    public static int Bigram(ulong pairHash) => (int)(pairHash & (Buckets - 1));

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

    /// <summary>
    /// The buckets of a text's tokens in order, each token's unigram, then its bigram with the word before; up to and
    /// including the <see cref="MachineFeatures.MaxWords"/>-th word, the tokens <see cref="MachineFeatures.Extract"/> reads.
    /// </summary>
    private ref struct Enumerator(ReadOnlySpan<char> text)
    {
        private WordScanner _scanner = new(text);
        private ulong _previous;
        private int _pending = -1;
        private int _words;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            if (_pending >= 0)
            {
                Current = _pending;
                _pending = -1;
                return true;
            }

            if (_words >= MachineFeatures.MaxWords || !_scanner.MoveNext())
            {
                return false;
            }

            if (_scanner.Current.Kind != TokenKind.Punctuation)
            {
                _words++;
            }

            ulong h = _scanner.Current.Hash;
            Current = Unigram(h);
            if (_previous != 0)
            {
                _pending = Bigram(_previous, h);
            }

            _previous = h;
            return true;
        }
    }

    /// <summary>
    /// Reads a bag one bucket at a time, in the order of <see cref="Vector"/>'s tokens, and gives each model's margin at
    /// the end. A bucket's count going from c − 1 to c moves a model's dot product by w (L(c) − L(c − 1)) and the squared
    /// length by L(c)² − L(c − 1)², so nothing but the counts is kept. One per text; Dispose returns the pooled tally.
    /// </summary>
    internal struct Reader : IDisposable
    {
        private HashTally _tally;
        private Sums _dots;
        private double _length2;

        /// <summary>Initializes a new instance of the <see cref="Reader"/> struct for a text of <paramref name="textLength"/> characters.</summary>
        public Reader(int textLength)
        {
            // News has about one distinct bucket for every four or five characters (the seeds: 3.9 to 5.0), and the tally
            // grows when half full: sized so it seldom does. At most two buckets a token are read.
            _tally = new HashTally(Math.Min(textLength * 2 / 3, 4 * MachineFeatures.MaxWords));
        }

        /// <summary>Counts one occurrence of <paramref name="bucket"/>, whose weights (one a model) are <paramref name="weights"/>.</summary>
        public void Add(int bucket, ReadOnlySpan<float> weights)
        {
            int c = _tally.Add((ulong)bucket + 1);
            double now = Log1p(c), before = Log1p(c - 1);
            double step = now - before;
            for (int m = 0; m < Models; m++)
            {
                _dots[m] += weights[m] * step;
            }

            _length2 += (now * now) - (before * before);
        }

        /// <summary>Model <paramref name="model"/>'s margin (log-odds of machine prose) over the buckets read.</summary>
        public readonly double Margin(int model, float bias) => bias + (_length2 > 0 ? _dots[model] / Math.Sqrt(_length2) : 0);

        public void Dispose() => _tally.Dispose();

        [InlineArray(Models)]
        private struct Sums
        {
            private double _element;
        }
    }
}
