using SourceScore.Index;

namespace SourceScore.Orleans;

/// <summary>
/// One earlier article a partition of the story index found related, sent back whole: what <see cref="RelatedArticle"/>
/// holds, its copy print in parts included, so that copy detection aligns it exactly as in one process.
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
    [property: Id(7)] int[]? PrintSentences,
    [property: Id(8)] ushort[]? PrintStarts,
    [property: Id(9)] uint[]? PrintKeys)
{
    public static RelatedHit Of(RelatedArticle related)
    {
        int[]? sentences = null;
        if (related.Print is { } print)
        {
            sentences = new int[print.Sentences.Length * 2];
            for (int i = 0; i < print.Sentences.Length; i++)
            {
                sentences[2 * i] = print.Sentences[i].Start;
                sentences[(2 * i) + 1] = print.Sentences[i].Length;
            }
        }

        return new RelatedHit(related.Id, related.Source, related.Published, related.Similarity, related.Resemblance, related.Lead, related.Text,
            sentences, related.Print?.Starts.ToArray(), related.Print?.Keys.ToArray());
    }

    public RelatedArticle ToRelated()
    {
        CopyPrint? print = null;
        if (PrintSentences is { } parts && PrintStarts is { } starts && PrintKeys is { } keys)
        {
            var spans = new TextSpan[parts.Length / 2];
            for (int i = 0; i < spans.Length; i++)
            {
                spans[i] = new TextSpan(parts[2 * i], parts[(2 * i) + 1]);
            }

            print = CopyPrint.FromParts(spans, starts, keys);
        }

        return new RelatedArticle(Id, Source, Published, Similarity, Resemblance, Lead) { Text = Text, Print = print };
    }
}
