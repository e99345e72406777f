namespace SourceScore.Orleans;

/// <summary>A <see cref="SourceRecord"/> on the wire.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record SourceEntry(
    [property: Id(0)] string Source,
    [property: Id(1)] long Articles,
    [property: Id(2)] double Credibility,
    [property: Id(3)] Dictionary<Signal, double> Signals,
    [property: Id(4)] DateTimeOffset FirstSeen,
    [property: Id(5)] DateTimeOffset LastSeen)
{
    public static SourceEntry Of(SourceRecord record) =>
        new(record.Source, record.Articles, record.Credibility, new Dictionary<Signal, double>(record.Signals), record.FirstSeen, record.LastSeen);

    public SourceRecord ToRecord() => new(Source, Articles, Credibility, Signals, FirstSeen, LastSeen);
}
