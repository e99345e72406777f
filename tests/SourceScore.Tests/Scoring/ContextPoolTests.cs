using System.Collections.Concurrent;
using SourceScore.Scoring;

namespace SourceScore.Tests.Scoring;

public sealed class ContextPoolTests
{
    [Fact]
    public void A_returned_context_is_rented_again()
    {
        var pool = new ContextPool(4);
        var first = pool.Rent();
        var second = pool.Rent();
        Assert.NotSame(first, second);
        pool.Return(first);
        pool.Return(second);
        var again = new[] { pool.Rent(), pool.Rent() };
        Assert.Contains(first, again);
        Assert.Contains(second, again);
        Assert.DoesNotContain(pool.Rent(), again);
    }

    [Fact]
    public void Keeps_no_more_than_its_capacity()
    {
        var pool = new ContextPool(3);
        var rented = Enumerable.Range(0, 10).Select(_ => pool.Rent()).ToList();
        rented.ForEach(pool.Return);
        var kept = Enumerable.Range(0, 10).Select(_ => pool.Rent()).Where(c => rented.Contains(c)).ToList();
        Assert.Equal(3, kept.Count);
    }

    [Fact]
    public void Never_hands_one_context_to_two_renters_at_once()
    {
        var pool = new ContextPool(8);
        var inUse = new ConcurrentDictionary<CheckContext, byte>(ReferenceEqualityComparer.Instance);
        int clashes = 0;
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            var context = pool.Rent();
            if (!inUse.TryAdd(context, 0))
            {
                Interlocked.Increment(ref clashes);
            }

            inUse.TryRemove(context, out byte _);
            pool.Return(context);
        });
        Assert.Equal(0, clashes);
    }

    [Fact]
    public void Capacity_must_be_positive() => Assert.Throws<ArgumentOutOfRangeException>(() => new ContextPool(0));
}
