using SourceScore.Text;

namespace SourceScore.Tests.Text;

public class HashTallyTests
{
    [Fact]
    public void Counts_each_key_and_keeps_counts_when_it_grows()
    {
        var tally = new HashTally(16);
        try
        {
            var random = new Random(7);
            var expected = new Dictionary<ulong, int>();
            for (int i = 0; i < 5000; i++)
            {
                // Keys that collide in the low bits as well as spread ones.
                ulong key = i % 3 == 0 ? (ulong)random.Next(1, 400) << 20 : (ulong)random.NextInt64(1, long.MaxValue);
                int seen = tally.Add(key);
                expected[key] = expected.GetValueOrDefault(key) + 1;
                Assert.Equal(expected[key], seen);
            }

            Assert.Equal(expected.Count, tally.Count);
        }
        finally
        {
            tally.Dispose();
        }
    }

    [Fact]
    public void Adds_amounts_and_copies_out_every_key_with_its_count()
    {
        var tally = new HashTally(16);
        try
        {
            var random = new Random(3);
            var expected = new Dictionary<ulong, int>();
            for (int i = 0; i < 3000; i++)
            {
                ulong key = (ulong)random.Next(1, 700) << (i % 2 == 0 ? 24 : 0);
                int amount = random.Next(1, 4);
                expected[key] = expected.GetValueOrDefault(key) + amount;
                Assert.Equal(expected[key], tally.Add(key, amount));
            }

            var copied = new (ulong Key, int Count)[tally.Count];
            tally.CopyTo(copied);
            Assert.Equal(expected.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)), copied.OrderBy(p => p.Key));
        }
        finally
        {
            tally.Dispose();
        }
    }

    [Fact]
    public void Ignores_the_empty_key()
    {
        var tally = new HashTally(16);
        Assert.Equal(0, tally.Add(0));
        Assert.Equal(0, tally.Count);
        tally.Dispose();
        tally.Dispose();
    }
}
