namespace SourceScore.Scoring;

/// <summary>
/// A check with a step that must see the articles of a stream in input order — a lookup in state shared across
/// articles, such as the story index, followed by the article's addition to it — and that reads what the other checks
/// found, so the scorer runs it after them. The scorer runs <see cref="LookUp"/> first, through the context's place in
/// the stream (<see cref="SequenceGate"/>), so an article waits only for earlier articles' lookups; at most one check of
/// a scorer has such a step. Implementations are thread-safe, as every check is.
/// </summary>
internal interface IOrderedCheck : ICheck
{
    /// <summary>The ordered step for the article behind <paramref name="context"/>; <see cref="ICheck.Run"/> runs it itself when it has not run.</summary>
    void LookUp(CheckContext context);
}
