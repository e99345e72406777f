namespace SourceScore;

/// <summary>How an article reuses an earlier one.</summary>
public enum CopyKind
{
    /// <summary>Its text, word for word or nearly (a reprint; a few words changed or cut).</summary>
    NearCopy,

    /// <summary>Its story retold in other words: synonyms swapped, sentences paraphrased, its facts and names kept (in the same order, or rearranged).</summary>
    Reworded,
}
