using SourceScore.Index;

namespace SourceScore.Orleans;

/// <summary>An article's copy print (<see cref="CopyPrint"/>) in the parts a grain call carries: its sentences as (start, length) pairs, where each sentence's keys start, and the keys.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record PrintParts(
    [property: Id(0)] int[] Sentences,
    [property: Id(1)] ushort[] Starts,
    [property: Id(2)] uint[] Keys)
{
    public static PrintParts Of(CopyPrint print)
    {
        var sentences = new int[print.Sentences.Length * 2];
        for (int i = 0; i < print.Sentences.Length; i++)
        {
            sentences[2 * i] = print.Sentences[i].Start;
            sentences[(2 * i) + 1] = print.Sentences[i].Length;
        }

        return new PrintParts(sentences, print.Starts.ToArray(), print.Keys.ToArray());
    }

    public CopyPrint ToPrint()
    {
        var spans = new TextSpan[Sentences.Length / 2];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = new TextSpan(Sentences[2 * i], Sentences[(2 * i) + 1]);
        }

        return CopyPrint.FromParts(spans, Starts, Keys);
    }
}
