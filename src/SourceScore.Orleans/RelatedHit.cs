namespace SourceScore.Orleans;

/// <summary>
/// One earlier article a partition of the story index found related: what <see cref="RelatedArticle"/> holds, its copy
/// print in parts included and its place in the partition's time, so that copy detection aligns it exactly as in one
/// process (a ranking answer carries neither opening nor print: <see cref="IStoryPartitionGrain.Openings"/> sends them
/// for the winners).
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record RelatedHit(
    [property: Id(0)] string Id,
    [property: Id(1)] string Source,
    [property: Id(2)] DateTimeOffset? Published,
    [property: Id(3)] double Similarity,
    [property: Id(4)] double Resemblance,
    [property: Id(5)] string Lead,
    [property: Id(6)] string? Text,
    [property: Id(7)] PrintParts? Print,
    [property: Id(8)] long Order)
{
    public static RelatedHit Of(RelatedArticle related) =>
        new(related.Id, related.Source, related.Published, related.Similarity, related.Resemblance, related.Lead, related.Text,
            related.Print is { } print ? PrintParts.Of(print) : null, related.Order);

    public RelatedArticle ToRelated() =>
        new(Id, Source, Published, Similarity, Resemblance, Lead) { Text = Text, Print = Print?.ToPrint(), Order = Order };
}
