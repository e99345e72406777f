using System.Collections.Concurrent;

namespace SourceScore.Scoring;

/// <summary>
/// A bounded, thread-safe pool of <see cref="CheckContext"/>s, so that scoring an article reuses the buffers of an
/// earlier one instead of allocating them again. One slot is taken and given back with a single compare-exchange;
/// the rest wait in a queue, up to the capacity; a context returned to a full pool is dropped. (The same design as
/// Microsoft.Extensions.ObjectPool's default pool, kept here so that the package does not depend on it.)
/// </summary>
internal sealed class ContextPool
{
    private readonly ConcurrentQueue<CheckContext> _queue = new();
    private readonly int _capacity;
    private CheckContext? _first;
    private int _queued;

    /// <param name="capacity">How many contexts the pool keeps at most (the fast slot included).</param>
    public ContextPool(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity - 1;
    }

    /// <summary>Gets a context: a pooled one when there is one, else a new one.</summary>
    public CheckContext Rent()
    {
        var item = _first;
        if (item is not null && Interlocked.CompareExchange(ref _first, null, item) == item)
        {
            return item;
        }

        if (_queue.TryDequeue(out item))
        {
            Interlocked.Decrement(ref _queued);
            return item;
        }

        return new CheckContext();
    }

    /// <summary>Gives a context back; it is kept unless the pool is full.</summary>
    public void Return(CheckContext item)
    {
        if (_first is null && Interlocked.CompareExchange(ref _first, item, null) is null)
        {
            return;
        }

        if (Interlocked.Increment(ref _queued) <= _capacity)
        {
            _queue.Enqueue(item);
            return;
        }

        Interlocked.Decrement(ref _queued);
    }
}
