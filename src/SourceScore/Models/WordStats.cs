namespace SourceScore.Models;

/// <summary>
/// What the lexicon knows about one word, gathered so that the per-word hot path makes one table probe
/// instead of one per table: its count in human news, its log-probability, how many different words follow
/// it and how often its commonest follower does, and, when it is a listed misspelling, where its correction
/// is (<see cref="WordStatsTable.Correction"/>). Unmanaged, so a batch of them fits on the stack.
/// </summary>
internal readonly record struct WordStats(int Count, int Followers, int TopFollower, double LogUnigram, int CorrectionIndex)
{
    /// <summary>Gets whether the word is a listed misspelling.</summary>
    public bool IsMisspelling => CorrectionIndex >= 0;
}
