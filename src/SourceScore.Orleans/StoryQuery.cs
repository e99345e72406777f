using SourceScore.Index;

namespace SourceScore.Orleans;

/// <summary>
/// A lookup as the partitions of the story index receive it: the article's story profile in parts (its salient terms,
/// their weights and its shingle sketch; about 600 bytes), its id and date — not its text, so that a lookup costs each
/// partition neither the text's bytes nor a second reading of it.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record StoryQuery(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset? Published,
    [property: Id(2)] ulong[] Terms,
    [property: Id(3)] float[] Weights,
    [property: Id(4)] uint[] Sketch,
    [property: Id(5)] int Words)
{
    public static StoryQuery Of(Article article)
    {
        var profile = article.Views.Profile;
        return new StoryQuery(article.Id, article.Published, profile.Terms, profile.Weights, profile.Sketch, profile.Words);
    }

    public StoryProfile ToProfile() => StoryProfile.FromParts(Terms, Weights, Sketch, Words);
}
