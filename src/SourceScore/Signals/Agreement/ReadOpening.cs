using SourceScore.StanceReader;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// A related article's opening read for comparison: its stance reading, and the direction cues of each of its
/// sentences (<see cref="RelationDirection"/>), read on first use and kept, since an opening is compared with the
/// claims of every later article that relates to it (<see cref="LeadDocuments"/>). Thread-safe: the cues are
/// published whole, and two threads reading them at once read the same.
/// </summary>
internal sealed class ReadOpening(StanceDocument document)
{
    private (PartyDirection[] Parties, ulong[] Names)[]? _relations;

    /// <summary>Gets the opening read for stance.</summary>
    public StanceDocument Document => document;

    /// <summary>The parties sentence <paramref name="sentence"/> moves its subject towards or away from, and its names.</summary>
    public (PartyDirection[] Parties, ulong[] Names) Relation(int sentence)
    {
        var relations = Volatile.Read(ref _relations);
        if (relations is null)
        {
            relations = new (PartyDirection[], ulong[])[document.SentenceCount];
            for (int s = 0; s < relations.Length; s++)
            {
                relations[s] = RelationDirection.Read(document.Text, document.Sentences[s]);
            }

            Volatile.Write(ref _relations, relations);
        }

        return relations[sentence];
    }
}
