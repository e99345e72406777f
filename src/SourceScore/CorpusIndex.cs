using System.Text;
using SourceScore.Index;

namespace SourceScore;

/// <summary>
/// The in-memory story index: for each article, its salient terms, a sketch of its wording, the opening of its
/// text and what copy detection aligns (its sentences' terms, <see cref="CopyPrint"/>), in at most <see cref="CorpusIndexOptions.MaxArticles"/>
/// slots and an inverted index from term to slots. A slot keeps its arrays when its article is evicted and the next
/// article's are written over them, so a full index replacing its oldest articles leaves little garbage in the
/// collector's oldest generation (its id and source strings). A lookup gathers
/// candidates from the new article's rarest indexed terms, up to a few thousand postings (a term held by much
/// of the index tells little and would touch thousands of slots), then ranks them by their exact weighted term
/// overlap: an article sharing with the new one only terms common in the index can be missed. Articles older
/// than <see cref="CorpusIndexOptions.MaxAge"/> are forgotten. Thread-safe: lookups run in parallel, additions
/// one at a time.
/// </summary>
public sealed class CorpusIndex : ICorpusIndex, IDisposable
{
    /// <summary>Postings entries a lookup visits to gather candidates (rarest terms first; at least one term's).</summary>
    private const int PostingsBudget = 4096;

    private readonly CorpusIndexOptions _options;
    private readonly TimeProvider _time;
    private readonly Stack<int> _free = new();
    private readonly Queue<long> _order = new();
    private Slot?[] _slots;
    private int[] _generations;
    private float[] _weightSums;
    private long[] _ticks;
    private readonly Dictionary<ulong, Postings> _postings = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private int _used;
    private int _count;
    private long _newestTicks;

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">Its bounds; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock that dates articles without a publication date; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not positive, or the similarity is outside (0, 1].</exception>
    public CorpusIndex(CorpusIndexOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? CorpusIndexOptions.Default;
        _time = timeProvider ?? TimeProvider.System;
        if (_options.MaxArticles <= 0 || _options.MaxArticles > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxArticles, "MaxArticles must lie between 1 and 100,000,000.");
        }

        if (_options.MaxAge <= TimeSpan.Zero || _options.LeadLength <= 0 || !(_options.MinSimilarity is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxAge and LeadLength must be positive and MinSimilarity in (0, 1].");
        }

        _slots = new Slot?[Math.Min(_options.MaxArticles, 1024)];
        _generations = new int[_slots.Length];
        _weightSums = new float[_slots.Length];
        _ticks = new long[_slots.Length];
    }

    /// <inheritdoc/>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <inheritdoc/>
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var profile = article.Views.Profile;
        var print = article.Views.CopyPrint;
        long ticks = TimeOf(article);
        var lead = article.Text.AsSpan(0, LeadLengthOf(article));
        _lock.EnterWriteLock();
        try
        {
            if (_byId.TryGetValue(article.Id, out int existing))
            {
                Evict(existing);
            }

            ExpireOlderThan(ticks);
            if (_count == _options.MaxArticles)
            {
                EvictOldest();
            }

            int slot = FreeSlot();
            (_slots[slot] ??= new Slot()).Fill(article.Id, article.Source, article.Published, profile, print, lead);
            _weightSums[slot] = profile.WeightSum;
            _ticks[slot] = ticks;
            _order.Enqueue(((long)_generations[slot] << 32) | (uint)slot);
            _byId[article.Id] = slot;
            _count++;
            _newestTicks = Math.Max(_newestTicks, ticks);
            foreach (ulong term in profile.Terms)
            {
                if (!_postings.TryGetValue(term, out var list))
                {
                    _postings[term] = list = new Postings();
                }

                list.Add(slot, _generations[slot]);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<RelatedArticle> FindRelated(Article article, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(article);
        return FindRelated(article.Views.Profile, article.Id, article.Published, maxResults);
    }

    /// <summary>
    /// The related articles of a story profile: what <see cref="FindRelated(Article, int)"/> finds for the article
    /// <paramref name="id"/> of that profile and date (a cluster's partition is sent the profile, not the text).
    /// Without <paramref name="withOpenings"/>, each comes without its opening and copy print (a cluster ranks the
    /// partitions' candidates first and then asks for the winners' openings: <see cref="Opening"/>).
    /// </summary>
    internal IReadOnlyList<RelatedArticle> FindRelated(StoryProfile profile, string id, DateTimeOffset? published, int maxResults, bool withOpenings = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        long ticks = (published ?? _time.GetUtcNow()).UtcTicks;
        var best = new List<(int Slot, double Similarity)>(Math.Min(maxResults, 64));
        var result = new List<RelatedArticle>(Math.Min(maxResults, 64));
        var scores = Accumulator.ForThisThread();
        _lock.EnterReadLock();
        try
        {
            scores.Reset(_slots.Length);

            // Candidates come from the rarest shared terms, up to a budget of postings visited (at least one term):
            // a term held by much of the index would touch thousands of slots and tell little. The weight of the
            // terms left out is added back exactly, best bound first, for the candidates that could still make it.
            Span<(int Count, int Term)> order = stackalloc (int, int)[profile.Terms.Length];
            int known = 0;
            float skipped = 0;
            for (int t = 0; t < profile.Terms.Length; t++)
            {
                if (_postings.TryGetValue(profile.Terms[t], out var list))
                {
                    order[known++] = (list.Count, t);
                    skipped += profile.Weights[t];
                }
            }

            order = order[..known];
            order.Sort();
            int visited = 0;
            foreach (var (count, t) in order)
            {
                if (visited > 0 && visited + count > PostingsBudget)
                {
                    break;
                }

                _postings[profile.Terms[t]].Accumulate(_generations, scores, profile.Weights[t]);
                skipped -= profile.Weights[t];
                visited += count;
            }

            skipped = Math.Max(0, skipped);
            double maxAge = _options.MaxAge.Ticks;
            double min = _options.MinSimilarity;
            var bounds = scores.Candidates;
            foreach (int slot in scores.Touched)
            {
                double norm = Math.Sqrt((double)profile.WeightSum * _weightSums[slot]);
                double bound = norm <= 0 ? 0 : (scores.Sum[slot] + skipped) / norm;
                if (bound >= min && Math.Abs(_ticks[slot] - ticks) <= maxAge)
                {
                    bounds.Add((slot, (-bound, slot)));
                }
            }

            // Best bound first, through a heap: the walk mostly stops after a few of the many candidates.
            var queue = scores.Queue;
            queue.EnqueueRange(bounds);
            while (queue.TryDequeue(out int slot, out var priority))
            {
                double negativeBound = priority.NegativeBound;
                if (best.Count == maxResults && Math.Round(-negativeBound, 4) < best[^1].Similarity)
                {
                    break; // in order of bound: nothing further can enter
                }

                var entry = _slots[slot]!;
                double shared = skipped > 0 ? profile.SharedWeight(entry.Terms) : scores.Sum[slot];
                // Ranked as reported, to four places, so that equal figures are ordered by id whatever the summation order.
                double similarity = Math.Round(Math.Min(1, shared / Math.Sqrt((double)profile.WeightSum * _weightSums[slot])), 4);
                if (similarity >= min && entry.Id != id)
                {
                    KeepBest(best, maxResults, slot, similarity);
                }
            }

            // Read out under the lock: a slot is written over once its article is evicted.
            foreach (var (slot, similarity) in best)
            {
                var entry = _slots[slot]!;
                result.Add(new RelatedArticle(entry.Id, entry.Source, entry.Published, similarity,
                    Math.Round(StoryProfile.Resemblance(profile.Sketch, entry.Sketch), 4), withOpenings ? entry.Lead : string.Empty) { Print = withOpenings ? entry.Print : null, Order = _ticks[slot] });
            }
        }
        finally
        {
            scores.Clear();
            _lock.ExitReadLock();
        }

        return result;
    }

    /// <summary>The article <paramref name="id"/> as a related article with its opening and copy print (similarity and resemblance 0: the caller's), or <see langword="null"/> when the index no longer holds it.</summary>
    internal RelatedArticle? Opening(string id)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_byId.TryGetValue(id, out int slot))
            {
                return null;
            }

            var entry = _slots[slot]!;
            return new RelatedArticle(entry.Id, entry.Source, entry.Published, 0, 0, entry.Lead) { Print = entry.Print, Order = _ticks[slot] };
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();

    /// <summary>The length of the opening of an article's text the index keeps: up to the lead length, cut at the end of a sentence where one falls inside it.</summary>
    private int LeadLengthOf(Article article)
    {
        string text = article.Text;
        int limit = _options.LeadLength;
        if (text.Length <= limit)
        {
            return text.Length;
        }

        int end = 0;
        foreach (var sentence in article.Views.Sentences)
        {
            if (sentence.End > limit)
            {
                break;
            }

            end = sentence.End;
        }

        if (end == 0)
        {
            end = limit;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }
        }

        return end;
    }

    /// <summary>Inserts a candidate into the best-first list of at most <paramref name="max"/> (most similar first, then by id).</summary>
    private void KeepBest(List<(int Slot, double Similarity)> best, int max, int slot, double similarity)
    {
        int at = best.Count;
        while (at > 0 && Before(_slots[slot]!.Id, similarity, best[at - 1]))
        {
            at--;
        }

        if (at >= max)
        {
            return;
        }

        if (best.Count == max)
        {
            best.RemoveAt(max - 1);
        }

        best.Insert(at, (slot, similarity));

        bool Before(string id, double similarity, (int Slot, double Similarity) other) =>
            similarity != other.Similarity ? similarity > other.Similarity : string.CompareOrdinal(id, _slots[other.Slot]!.Id) < 0;
    }

    private long TimeOf(Article article) => (article.Published ?? _time.GetUtcNow()).UtcTicks;

    private int FreeSlot()
    {
        if (_free.Count > 0)
        {
            return _free.Pop();
        }

        if (_used == _slots.Length)
        {
            int size = (int)Math.Min(_options.MaxArticles, _slots.Length * 2L);
            Array.Resize(ref _slots, size);
            Array.Resize(ref _generations, size);
            Array.Resize(ref _weightSums, size);
            Array.Resize(ref _ticks, size);
        }

        return _used++;
    }

    /// <summary>Forgets, oldest first in the order they were added, the articles dated more than the maximum age before the newest.</summary>
    private void ExpireOlderThan(long ticks)
    {
        long limit = Math.Max(ticks, _newestTicks) - _options.MaxAge.Ticks;
        while (_order.TryPeek(out long head))
        {
            int slot = (int)(uint)head;
            if (_generations[slot] != (int)(head >> 32))
            {
                _order.Dequeue(); // already gone
            }
            else if (_ticks[slot] < limit)
            {
                _order.Dequeue();
                Evict(slot);
            }
            else
            {
                break;
            }
        }
    }

    private void EvictOldest()
    {
        while (_order.TryDequeue(out long head))
        {
            int slot = (int)(uint)head;
            if (_generations[slot] == (int)(head >> 32))
            {
                Evict(slot);
                return;
            }
        }
    }

    private void Evict(int slot)
    {
        var entry = _slots[slot]!;
        _generations[slot]++;
        _byId.Remove(entry.Id);
        _free.Push(slot);
        _count--;
        foreach (ulong term in entry.Terms)
        {
            if (_postings.TryGetValue(term, out var list) && list.Forget(_generations) == 0)
            {
                _postings.Remove(term);
            }
        }

        entry.Clear();
    }

    /// <summary>
    /// What the index keeps of the article in one slot, in arrays the slot keeps for the articles written over it
    /// later (the opening's is replaced, by whole blocks, only for a longer opening or a much shorter one). Written
    /// only under the write lock.
    /// </summary>
    private sealed class Slot
    {
        /// <summary>The opening's array grows by this much, so that slots settle at one size and are reused as they are.</summary>
        private const int LeadBlock = 1024;

        private readonly ulong[] _terms = new ulong[StoryProfile.TermCount];
        private readonly uint[] _sketch = new uint[StoryProfile.SketchSize];
        private byte[] _lead = [];
        private int _termCount;
        private int _leadLength;

        public string Id { get; private set; } = string.Empty;

        public string Source { get; private set; } = string.Empty;

        public DateTimeOffset? Published { get; private set; }

        /// <summary>Gets what copy detection aligns of the article (immutable, shared with the article's views).</summary>
        public CopyPrint? Print { get; private set; }

        /// <summary>Gets the article's salient terms, sorted by key (<see cref="StoryProfile.Terms"/>).</summary>
        public ReadOnlySpan<ulong> Terms => _terms.AsSpan(0, _termCount);

        /// <summary>Gets the article's shingle sketch (<see cref="StoryProfile.Sketch"/>).</summary>
        public ReadOnlySpan<uint> Sketch => _sketch;

        /// <summary>Gets the opening of the article's text, decoded anew (kept as UTF-8: half the memory of the text for most news).</summary>
        public string Lead => Encoding.UTF8.GetString(_lead, 0, _leadLength);

        public void Fill(string id, string source, DateTimeOffset? published, StoryProfile profile, CopyPrint print, ReadOnlySpan<char> lead)
        {
            Id = id;
            Source = source;
            Published = published;
            Print = print;
            profile.Terms.CopyTo(_terms, 0);
            _termCount = profile.Terms.Length;
            profile.Sketch.CopyTo(_sketch, 0);
            // A new array only for a longer opening, or one needing less than half the array (so that slots do not
            // all keep the size of the longest opening they ever held, three times the text for some scripts).
            int bytes = Encoding.UTF8.GetByteCount(lead);
            int size = (bytes + LeadBlock - 1) / LeadBlock * LeadBlock;
            if (_lead.Length < bytes || _lead.Length > 2 * size)
            {
                _lead = new byte[size];
            }

            _leadLength = Encoding.UTF8.GetBytes(lead, _lead);
        }

        /// <summary>Lets go of the article's strings (the arrays stay for the next article).</summary>
        public void Clear()
        {
            Id = string.Empty;
            Source = string.Empty;
            Published = null;
            Print = null;
            _termCount = 0;
            _leadLength = 0;
        }
    }

    /// <summary>The slots holding a term, with the generation each slot had when it was added; entries of reused slots are dropped lazily.</summary>
    private sealed class Postings
    {
        private long[] _items = new long[4];
        private int _count;
        private int _stale;

        /// <summary>Gets the entries held, stale ones included until the next compaction.</summary>
        public int Count => _count;

        public void Add(int slot, int generation)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _count * 2);
            }

            _items[_count++] = ((long)generation << 32) | (uint)slot;
        }

        public void Accumulate(int[] generations, Accumulator scores, float weight)
        {
            if (!(weight > 0))
            {
                return;
            }

            foreach (long item in _items.AsSpan(0, _count))
            {
                int slot = (int)(uint)item;
                if (generations[slot] == (int)(item >> 32))
                {
                    scores.Add(slot, weight);
                }
            }
        }

        /// <summary>Notes that one entry went stale, compacts when half are; returns the live entries left.</summary>
        public int Forget(int[] generations)
        {
            _stale++;
            if (_stale * 2 >= _count)
            {
                int n = 0;
                for (int i = 0; i < _count; i++)
                {
                    long item = _items[i];
                    if (generations[(int)(uint)item] == (int)(item >> 32))
                    {
                        _items[n++] = item;
                    }
                }

                _count = n;
                _stale = 0;
                if (_items.Length > 8 && n < _items.Length / 4)
                {
                    Array.Resize(ref _items, Math.Max(4, n * 2));
                }
            }

            return _count - _stale;
        }
    }

    /// <summary>
    /// The shared weight of each slot during one lookup: a dense array over the slots and the list of slots touched,
    /// one per thread and reused, so a lookup that meets thousands of candidates neither hashes nor allocates.
    /// </summary>
    private sealed class Accumulator
    {
        [ThreadStatic]
        private static Accumulator? s_current;

        private double[] _sum = [];
        private int[] _touched = new int[256];
        private int _count;

        public double[] Sum => _sum;

        /// <summary>Gets the candidates of the lookup (slot, then its negated similarity bound and slot), emptied by <see cref="Reset"/>.</summary>
        public List<(int Slot, (double NegativeBound, int Slot) Priority)> Candidates { get; } = [];

        /// <summary>Gets the candidates ordered by bound (ties by slot), emptied by <see cref="Reset"/>.</summary>
        public PriorityQueue<int, (double NegativeBound, int Slot)> Queue { get; } = new();

        public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _count);

        public static Accumulator ForThisThread() => s_current ??= new Accumulator();

        public void Reset(int slots)
        {
            if (_sum.Length < slots)
            {
                _sum = new double[slots];
            }

            _count = 0;
            Candidates.Clear();
            Queue.Clear();
        }

        public void Add(int slot, float weight)
        {
            if (_sum[slot] == 0)
            {
                if (_count == _touched.Length)
                {
                    Array.Resize(ref _touched, _count * 2);
                }

                _touched[_count++] = slot;
            }

            _sum[slot] += weight;
        }

        /// <summary>Zeroes the touched slots, ready for the next lookup.</summary>
        public void Clear()
        {
            foreach (int slot in Touched)
            {
                _sum[slot] = 0;
            }

            _count = 0;
        }
    }
}
