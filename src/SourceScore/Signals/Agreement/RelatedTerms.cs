using System.Buffers;
using System.Numerics;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// The distinct terms of the related openings an article is compared with, each with its IDF and the openings
/// that hold it, in one open-addressing table: how much IDF weight a candidate claim shares with each opening is
/// then read in one pass over the claim's words, one probe a word, rather than by reading the claim (its distinct
/// terms are the <see cref="StanceDocument.VectorKeys"/> of its reading) and searching every opening for each. The
/// sums are exact whatever the order of the terms (an IDF is a float of at least 1 and below 16, so a multiple of
/// 2^-23, and a double holds the sum of thousands of them exactly), so they equal the sorted terms' to the last bit. One
/// instance serves one article on one thread; its tables are rented from the shared pool and returned on dispose.
/// </summary>
internal sealed class RelatedTerms : IDisposable
{
    private readonly ulong[] _keys;
    private readonly float[] _idf;
    private readonly int[] _seen;
    private readonly ulong[] _bodies;
    private readonly int _words;
    private readonly int _capacity;
    private readonly int _shift;
    private readonly StanceLexicon _lexicon;
    private int _stamp;

    /// <param name="bodies">The related openings, read with <paramref name="lexicon"/>.</param>
    /// <param name="lexicon">The lexicon giving each term's IDF.</param>
    public RelatedTerms(IReadOnlyList<StanceDocument> bodies, StanceLexicon lexicon)
    {
        _lexicon = lexicon;
        int total = 0;
        foreach (var body in bodies)
        {
            total += body.VectorKeys.Length;
        }

        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, total * 2));
        _capacity = capacity;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _words = Math.Max(1, (bodies.Count + 63) / 64);
        _keys = Rent<ulong>(capacity);
        _idf = ArrayPool<float>.Shared.Rent(capacity);
        _seen = Rent<int>(capacity);
        _bodies = Rent<ulong>(capacity * _words);
        Count = bodies.Count;
        for (int b = 0; b < bodies.Count; b++)
        {
            foreach (ulong key in bodies[b].VectorKeys)
            {
                int slot = Slot(key);
                if (_keys[slot] == 0)
                {
                    _keys[slot] = key;
                    _idf[slot] = lexicon.Idf(key);
                }

                _bodies[(slot * _words) + (b >> 6)] |= 1UL << (b & 63);
            }
        }
    }

    /// <summary>Gets the number of related openings.</summary>
    public int Count { get; }

    /// <summary>
    /// The IDF weight of the distinct terms of <paramref name="span"/> (its first <see cref="StanceDocument.MaxTokens"/>
    /// tokens) found in each opening, written to <paramref name="shared"/> (one entry an opening).
    /// </summary>
    public void Share(string text, TextSpan span, Span<double> shared)
    {
        if (shared.Length != Count)
        {
            throw new ArgumentException($"Expected one entry for each of the {Count} openings.", nameof(shared));
        }

        shared.Clear();
        int stamp = ++_stamp;
        var found = ArrayPool<int>.Shared.Rent(StanceDocument.MaxTokens);
        try
        {
            int n = 0, tokens = 0;
            var words = text.AsSpan(span.Start, span.Length);
            var scanner = new WordScanner(words);
            while (tokens++ < StanceDocument.MaxTokens && scanner.MoveNext())
            {
                var token = scanner.Current;
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                ulong key = _lexicon.Alias(TermKey.Of(words.Slice(token.Start, token.Length), token.Hash));
                int slot = key == 0 ? -1 : Find(key);
                if (slot >= 0 && _seen[slot] != stamp)
                {
                    _seen[slot] = stamp;
                    found[n++] = slot;
                }
            }

            foreach (int slot in found.AsSpan(0, n))
            {
                double idf = _idf[slot];
                for (int b = 0; b < Count; b++)
                {
                    if ((_bodies[(slot * _words) + (b >> 6)] & (1UL << (b & 63))) != 0)
                    {
                        shared[b] += idf;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(found);
        }
    }

    /// <summary>Returns the tables to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<float>.Shared.Return(_idf);
        ArrayPool<int>.Shared.Return(_seen);
        ArrayPool<ulong>.Shared.Return(_bodies);
    }

    /// <summary>A pooled array of at least <paramref name="length"/>, its first <paramref name="length"/> cleared.</summary>
    private static T[] Rent<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>The slot holding the key, or -1.</summary>
    private int Find(ulong key)
    {
        int slot = Slot(key);
        return _keys[slot] == key ? slot : -1;
    }

    /// <summary>The slot holding the key, or the empty slot where it goes.</summary>
    private int Slot(ulong key)
    {
        int mask = _capacity - 1;
        int slot = Home(key);
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
