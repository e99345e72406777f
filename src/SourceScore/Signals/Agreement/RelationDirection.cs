using System.Collections.Frozen;
using SourceScore.Text;

namespace SourceScore.Signals.Agreement;

/// <summary>Which way a sentence moves its subject relative to a party.</summary>
internal enum Direction : sbyte
{
    /// <summary>Away from: ends, severs, expels, withdraws from, distances itself from.</summary>
    Away = -1,

    /// <summary>No direction.</summary>
    None = 0,

    /// <summary>Towards: allies with, turns to, aligns with, partners with.</summary>
    Toward = 1,
}

/// <summary>One party a sentence moves towards or away from.</summary>
internal readonly record struct PartyDirection(ulong Party, Direction Direction);

/// <summary>
/// Reads which parties a sentence moves its subject towards or away from — the relation that two reports of
/// the same story contradict each other on when one says "Niger ends its agreement with Russia and aligns with
/// Western allies" and the other "Niger turned to Russia and kicked out France and the United States". A party
/// is a capitalised name (its <see cref="TermKey"/>, so Russian = Russia) within a few words after a cue of
/// moving away ("end", "sever", "expel", "withdrawal", "distancing", "kick out") or towards ("ally", "turned
/// to", "aligning", "partnership"); a cue of moving away wins over one of moving towards in the same window
/// ("the end of its partnership with Russia"). Named parties also count for their bloc (France, the United
/// States, Europe, NATO: the West). A contradiction needs the two sentences to share a subject name besides the
/// party. Rule-based and narrow by design: it reports only this one kind of contradiction, which the stance
/// model (trained on debunking language) does not see. Thread-safe.
/// </summary>
internal static class RelationDirection
{
    /// <summary>Words after a cue in which a party counts.</summary>
    public const int Window = 8;

    private static readonly FrozenSet<ulong> s_away = Words(
        "away end ended ending ends terminate terminated terminates terminating termination sever severed severing severs withdraw withdrawal " +
        "withdrew withdrawn withdrawing expel expelled expelling expels expulsion kick kicked kicking cut cutting distancing distanced distance " +
        "estrangement estranged break broke breaking exit exited quit quitting oust ousted ousting reject rejected rejecting suspend suspended " +
        "cancel cancelled canceled halt halted ditch ditched abandon abandoned severance rupture");

    private static readonly FrozenSet<ulong> s_toward = Words(
        "ally allies allied alliance partner partners partnership partnerships closer closely toward towards align aligning aligned alignment " +
        "embrace embraced embracing cooperation cooperate cooperating backing rapprochement deal pact accord agreement ties welcomed courting courted");

    private static readonly FrozenSet<ulong> s_turn = Words("turn turned turning turns pivot pivoted pivoting shift shifted shifting");

    private static readonly ulong s_to = WordHash.Of("to");

    private static readonly FrozenDictionary<ulong, ulong> s_alias = new Dictionary<ulong, ulong>
    {
        [TermKey.Of("French")] = TermKey.Of("France"),
        [TermKey.Of("American")] = TermKey.Of("America"),
        [TermKey.Of("Moscow")] = TermKey.Of("Russia"),
        [TermKey.Of("Kremlin")] = TermKey.Of("Russia"),
        [TermKey.Of("Paris")] = TermKey.Of("France"),
        [TermKey.Of("Washington")] = TermKey.Of("America"),
        [TermKey.Of("British")] = TermKey.Of("Britain"),
        [TermKey.Of("Chinese")] = TermKey.Of("China"),
        [TermKey.Of("Beijing")] = TermKey.Of("China"),
    }.ToFrozenDictionary();

    private static readonly ulong s_west = TermKey.Of("West");

    private static readonly FrozenSet<ulong> s_westBloc = new[] { "West", "Western", "France", "America", "Britain", "Europe", "European", "NATO", "EU", "Germany", "Washington" }
        .Select(w => s_alias.GetValueOrDefault(TermKey.Of(w), TermKey.Of(w))).ToFrozenSet();

    private static readonly ulong s_united = WordHash.Of("united");
    private static readonly ulong s_westWord = WordHash.Of("west");
    private static readonly ulong s_westernWord = WordHash.Of("western");
    private static readonly ulong s_states = WordHash.Of("states");

    /// <summary>The parties the sentence moves towards or away from, and all its capitalised names (its possible subjects).</summary>
    public static (PartyDirection[] Parties, ulong[] Names) Read(ReadOnlySpan<char> text, TextSpan sentence)
    {
        Span<Token> buffer = stackalloc Token[160];
        var tokens = WordScanner.Scan(text, sentence, buffer);
        var parties = new List<PartyDirection>();
        var names = new List<ulong>();
        int awayAt = -1000, towardAt = -1000;
        int word = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            word++;
            if (s_away.Contains(t.Hash))
            {
                awayAt = word;
                continue;
            }

            if (s_toward.Contains(t.Hash) || (s_turn.Contains(t.Hash) && i + 1 < tokens.Length && tokens[i + 1].Hash == s_to))
            {
                towardAt = word;
                continue;
            }

            var span = text.Slice(t.Start, t.Length);
            if (!char.IsUpper(span[0]))
            {
                continue;
            }

            ulong key = TermKey.Of(span, t.Hash);
            if (key == 0)
            {
                continue;
            }

            if ((t.Hash == s_westWord || t.Hash == s_westernWord) && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start]))
            {
                i++; // a place: West Africa, West Bank, Western Sahara — not the West
                continue;
            }

            if (t.Hash == s_united && i + 2 < tokens.Length && tokens[i + 2].Hash == s_states)
            {
                key = TermKey.Of("America");
                i++;
            }

            key = s_alias.GetValueOrDefault(key, key);
            names.Add(key); // a party can be the subject too ("partnerships, Niger has ended … with Russia")
            var direction = word - awayAt <= Window ? Direction.Away : word - towardAt <= Window ? Direction.Toward : Direction.None;
            if (direction == Direction.None)
            {
                continue;
            }

            parties.Add(new PartyDirection(key, direction));
            if (s_westBloc.Contains(key) && key != s_west)
            {
                parties.Add(new PartyDirection(s_west, direction));
            }
        }

        return ([.. parties], [.. names]);
    }

    /// <summary>
    /// A party the two sentences move in opposite directions, with a subject name they share that is not that
    /// party, or 0 when there is none.
    /// </summary>
    public static ulong Conflict((PartyDirection[] Parties, ulong[] Names) a, (PartyDirection[] Parties, ulong[] Names) b)
    {
        foreach (var pa in a.Parties)
        {
            foreach (var pb in b.Parties)
            {
                if (pa.Party == pb.Party && pa.Direction == (Direction)(-(sbyte)pb.Direction) && SharesSubject(a.Names, b.Names, pa.Party))
                {
                    return pa.Party;
                }
            }
        }

        return 0;
    }

    private static bool SharesSubject(ulong[] a, ulong[] b, ulong party)
    {
        foreach (ulong name in a)
        {
            if (name != party && !s_westBloc.Contains(name) && Array.IndexOf(b, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<ulong> Words(string words) => WordHash.SetOf(words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
