using System.Text;
using SourceScore.Features;

namespace SourceScore;

/// <summary>
/// The in-memory story index: for each article, its salient terms, a sketch of its wording and the opening of
/// its text (about 2.5 KB in all), in a ring of at most <see cref="CorpusIndexOptions.MaxArticles"/> slots and an
/// inverted index from term to slots. A lookup scores only the articles sharing a salient term with the new
/// one. Articles older than <see cref="CorpusIndexOptions.MaxAge"/> are forgotten. Thread-safe: lookups run in
/// parallel, additions one at a time.
/// </summary>
public sealed class CorpusIndex : ICorpusIndex, IDisposable
{
    private readonly CorpusIndexOptions _options;
    private readonly TimeProvider _time;
    private readonly Stack<int> _free = new();
    private readonly Queue<long> _order = new();
    private Entry?[] _slots;
    private int[] _generations;
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

        _slots = new Entry?[Math.Min(_options.MaxArticles, 1024)];
        _generations = new int[_slots.Length];
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
        var entry = new Entry(article.Id, article.Source, article.Published, TimeOf(article), profile, Encoding.UTF8.GetBytes(LeadOf(article)));
        _lock.EnterWriteLock();
        try
        {
            if (_byId.TryGetValue(article.Id, out int existing))
            {
                Evict(existing);
            }

            ExpireOlderThan(entry.Ticks);
            if (_count == _options.MaxArticles)
            {
                EvictOldest();
            }

            int slot = FreeSlot();
            _slots[slot] = entry;
            _order.Enqueue(((long)_generations[slot] << 32) | (uint)slot);
            _byId[entry.Id] = slot;
            _count++;
            _newestTicks = Math.Max(_newestTicks, entry.Ticks);
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
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        var profile = article.Views.Profile;
        long ticks = TimeOf(article);
        var shared = new Dictionary<int, float>();
        var found = new List<(Entry Entry, double Similarity)>();
        _lock.EnterReadLock();
        try
        {
            for (int t = 0; t < profile.Terms.Length; t++)
            {
                if (_postings.TryGetValue(profile.Terms[t], out var list))
                {
                    list.Accumulate(_generations, shared, profile.Weights[t]);
                }
            }

            double maxAge = _options.MaxAge.Ticks;
            foreach (var (slot, weight) in shared)
            {
                var entry = _slots[slot]!;
                if (entry.Id == article.Id || Math.Abs(entry.Ticks - ticks) > maxAge)
                {
                    continue;
                }

                double norm = Math.Sqrt((double)profile.WeightSum * entry.Profile.WeightSum);
                double similarity = norm <= 0 ? 0 : Math.Min(1, weight / norm);
                if (similarity >= _options.MinSimilarity)
                {
                    found.Add((entry, similarity));
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        found.Sort(static (a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : string.CompareOrdinal(a.Entry.Id, b.Entry.Id));
        var result = new List<RelatedArticle>(Math.Min(maxResults, found.Count));
        foreach (var (entry, similarity) in found.Take(maxResults))
        {
            result.Add(new RelatedArticle(entry.Id, entry.Source, entry.Published, Math.Round(similarity, 4),
                Math.Round(StoryProfile.Resemblance(profile.Sketch, entry.Profile.Sketch), 4), Encoding.UTF8.GetString(entry.Lead)));
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();

    /// <summary>The opening of an article's text up to the lead length, cut at the end of a sentence where one falls inside it.</summary>
    internal string LeadOf(Article article)
    {
        string text = article.Text;
        int limit = _options.LeadLength;
        if (text.Length <= limit)
        {
            return text;
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

        return text[..end];
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
            else if (_slots[slot]!.Ticks < limit)
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
        _slots[slot] = null;
        _generations[slot]++;
        _byId.Remove(entry.Id);
        _free.Push(slot);
        _count--;
        foreach (ulong term in entry.Profile.Terms)
        {
            if (_postings.TryGetValue(term, out var list) && list.Forget(_generations) == 0)
            {
                _postings.Remove(term);
            }
        }
    }

    private sealed class Entry(string id, string source, DateTimeOffset? published, long ticks, StoryProfile profile, byte[] lead)
    {
        public string Id { get; } = id;

        public string Source { get; } = source;

        public DateTimeOffset? Published { get; } = published;

        public long Ticks { get; } = ticks;

        public StoryProfile Profile { get; } = profile;

        public byte[] Lead { get; } = lead;
    }

    /// <summary>The slots holding a term, with the generation each slot had when it was added; entries of reused slots are dropped lazily.</summary>
    private sealed class Postings
    {
        private long[] _items = new long[4];
        private int _count;
        private int _stale;

        public void Add(int slot, int generation)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _count * 2);
            }

            _items[_count++] = ((long)generation << 32) | (uint)slot;
        }

        public void Accumulate(int[] generations, Dictionary<int, float> shared, float weight)
        {
            for (int i = 0; i < _count; i++)
            {
                long item = _items[i];
                int slot = (int)(uint)item;
                if (generations[slot] == (int)(item >> 32))
                {
                    shared[slot] = shared.GetValueOrDefault(slot) + weight;
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
}
