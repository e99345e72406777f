using System.Buffers;
using SourceScore.Index;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// Where each key of a <see cref="CopyPrint"/> occurs: its (key, sentence) pairs sorted by key, in a buffer from the
/// shared pool (return it with <see cref="Dispose"/>), looked up by binary search. One per alignment; not thread-safe.
/// </summary>
internal readonly struct KeyPostings : IDisposable
{
    private readonly ulong[] _pairs;
    private readonly int _count;

    private KeyPostings(ulong[] pairs, int count)
    {
        _pairs = pairs;
        _count = count;
    }

    /// <summary>The postings of <paramref name="print"/>'s keys.</summary>
    public static KeyPostings Of(CopyPrint print)
    {
        var pairs = ArrayPool<ulong>.Shared.Rent(Math.Max(1, print.Keys.Length));
        int count = 0;
        for (int s = 0; s < print.Count; s++)
        {
            foreach (uint entry in print.KeysOf(s))
            {
                pairs[count++] = ((ulong)CopyPrint.KeyOf(entry) << 32) | (uint)s;
            }
        }

        pairs.AsSpan(0, count).Sort();
        return new KeyPostings(pairs, count);
    }

    /// <summary>The sentences holding <paramref name="key"/>, in order (each once: a sentence's keys are distinct).</summary>
    public Sentences SentencesOf(uint key)
    {
        var pairs = _pairs.AsSpan(0, _count);

        // The pairs are distinct, and (key, sentence 0) is the least a key can have: found, it is the key's first pair;
        // not found, the complement of the search is where the key's pairs would start.
        int lo = pairs.BinarySearch((ulong)key << 32);
        lo = lo < 0 ? ~lo : lo;
        int end = lo;
        while (end < pairs.Length && (uint)(pairs[end] >> 32) == key)
        {
            end++;
        }

        return new Sentences(_pairs, lo, end);
    }

    public void Dispose() => ArrayPool<ulong>.Shared.Return(_pairs);

    /// <summary>The sentences of one key: an enumerable over a slice of the postings, allocation-free.</summary>
    internal readonly ref struct Sentences(ulong[] pairs, int start, int end)
    {
        private readonly ulong[] _pairs = pairs;
        private readonly int _start = start;
        private readonly int _end = end;

        public bool IsEmpty => _end <= _start;

        public Enumerator GetEnumerator() => new(_pairs, _start, _end);

        internal ref struct Enumerator(ulong[] pairs, int start, int end)
        {
            private readonly ulong[] _pairs = pairs;
            private readonly int _end = end;
            private int _at = start - 1;

            public readonly int Current => (int)(uint)_pairs[_at];

            public bool MoveNext() => ++_at < _end;
        }
    }
}
