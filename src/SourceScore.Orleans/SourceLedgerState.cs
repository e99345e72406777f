using SourceScore.Ledger;

namespace SourceScore.Orleans;

/// <summary>One source's ledger entry as the grain keeps it in storage: the running sums of <see cref="SourceTally"/>, and the ids of its recent articles.</summary>
[GenerateSerializer]
internal sealed class SourceLedgerState
{
    [Id(0)] public long Articles { get; set; }
    [Id(1)] public double Weight { get; set; }
    [Id(2)] public double Total { get; set; }
    [Id(3)] public long ReferenceTicks { get; set; }
    [Id(4)] public long FirstTicks { get; set; }
    [Id(5)] public long LastTicks { get; set; }
    [Id(6)] public double[] SignalTotals { get; set; } = new double[SourceTally.Signals.Length];
    [Id(7)] public double[] SignalWeights { get; set; } = new double[SourceTally.Signals.Length];

    /// <summary>The ids of the most recent articles recorded, oldest first, each as its 64-bit hash (<see cref="HashOf"/>): eight bytes an id in the stored state.</summary>
    [Id(8)] public List<ulong> RecentIds { get; set; } = [];

    /// <summary>An article id as <see cref="RecentIds"/> keeps it: XxHash64 of its UTF-8 (two ids collide about once in 10^19 pairs).</summary>
    public static ulong HashOf(string articleId) => System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(articleId));

    public SourceTally ToTally() => new()
    {
        Articles = Articles,
        Weight = Weight,
        Total = Total,
        ReferenceTicks = ReferenceTicks,
        FirstTicks = FirstTicks,
        LastTicks = LastTicks,
        SignalTotals = (double[])SignalTotals.Clone(),
        SignalWeights = (double[])SignalWeights.Clone(),
    };

    public void Keep(SourceTally tally)
    {
        Articles = tally.Articles;
        Weight = tally.Weight;
        Total = tally.Total;
        ReferenceTicks = tally.ReferenceTicks;
        FirstTicks = tally.FirstTicks;
        LastTicks = tally.LastTicks;
        SignalTotals = tally.SignalTotals;
        SignalWeights = tally.SignalWeights;
    }
}
