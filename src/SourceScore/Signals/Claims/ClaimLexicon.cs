using System.Collections.Frozen;
using SourceScore.Text;

namespace SourceScore.Signals.Claims;

/// <summary>What a phrase of <see cref="ClaimLexicon"/> says about a sentence.</summary>
internal enum CueKind : byte
{
    /// <summary>Vague or anonymous attribution: "experts say", "it is widely believed", "many observers".</summary>
    Vague,

    /// <summary>A strong hedge: "could possibly", "reportedly", "it is thought".</summary>
    StrongHedge,

    /// <summary>A weak hedge: "may", "might", "perhaps", "likely".</summary>
    WeakHedge,

    /// <summary>Names the document or body a statement comes from: "in a statement", "a report by".</summary>
    Document,
}

/// <summary>A cue phrase, as the case-folded hashes of its words.</summary>
internal sealed record CuePhrase(string Text, ulong[] Words, CueKind Kind);

/// <summary>
/// The words and phrases the claims analysis reads attribution and hedging from: speech verbs, the nouns that
/// name a source ("the ministry", "a statement"), the group nouns and quantifiers of vague attribution
/// ("experts", "many", "some"), and cue phrases for weasel wording and hedges, after the usual lists of weasel
/// words (Wikipedia's "Words to watch") and hedges (Hyland 1998; the CoNLL-2010 hedge cues). Matched on
/// <see cref="WordHash"/> hashes. Thread-safe.
/// </summary>
internal static class ClaimLexicon
{
    private static readonly string[] s_speechVerbs =
    [
        "said", "says", "say", "told", "tells", "tell", "stated", "states", "announced", "announces", "added", "adds", "explained",
        "explains", "noted", "notes", "claimed", "claims", "confirmed", "confirms", "warned", "warns", "wrote", "writes",
        "argued", "argues", "insisted", "insists", "denied", "denies", "acknowledged", "acknowledges", "estimated", "estimates",
        "reported", "reports", "testified", "tweeted", "posted", "declared", "declares", "revealed", "reveals", "disclosed",
        "alleged", "alleges", "accused", "accuses", "believes", "believe", "believed", "think", "thinks",
        "predicted", "predicts", "showed", "shows", "found", "finds", "concluded", "concludes", "recalled", "recalls",
        "stressed", "stresses", "asserted", "asserts", "suggested", "suggests", "maintained", "maintains", "agreed", "agrees",
        "praised", "praises", "criticised", "criticized", "described", "describes", "quoted", "cited", "cites",
    ];

    // The verbs of opinion through which a vague subject becomes a weasel ("experts say", "many believe"); "found" or "cited" do not.
    private static readonly string[] s_opinionVerbs =
    [
        "said", "says", "say", "believe", "believes", "believed", "think", "thinks", "thought", "argue", "argues", "argued",
        "claim", "claims", "claimed", "suggest", "suggests", "suggested", "warn", "warns", "warned", "agree", "agrees", "agreed",
        "assert", "asserts", "asserted", "maintain", "maintains", "insist", "insists", "contend", "contends", "fear", "fears",
        "feel", "feels", "allege", "alleges", "alleged", "speculate", "speculated", "estimate", "estimated", "predict", "predicted",
    ];

    private static readonly string[] s_pronouns = ["he", "she", "they", "we", "i"];

    // Nouns that name where a statement comes from when they lead the subject: "the ministry said", "a statement said".
    private static readonly string[] s_sourceNouns =
    [
        "ministry", "minister", "army", "military", "police", "government", "statement", "communique", "report", "data",
        "study", "survey", "figures", "agency", "spokesman", "spokeswoman", "spokesperson", "official", "court", "documents",
        "document", "filing", "census", "bureau", "department", "office", "commission", "council", "organisation",
        "organization", "institute", "university", "company", "firm", "newspaper", "bank", "president", "governor",
        "secretary", "chief", "director", "prosecutor", "prosecutors", "judge", "website", "release", "letter", "memo",
        "affidavit", "indictment", "complaint", "lawsuit", "poll", "analysis", "paper", "journal", "record", "records",
        "authorities", "authority", "spokesmen", "representative", "ambassador", "embassy", "commander", "general", "mayor",
        "senator", "lawmaker", "chairman", "ceo", "founder", "author", "researcher", "professor", "economist", "analyst",
    ];

    // Subjects that name nobody in particular: "experts say", "sources said", "critics argue".
    private static readonly string[] s_groupNouns =
    [
        "experts", "critics", "analysts", "observers", "people", "sources", "officials", "scientists", "researchers", "studies",
        "reports", "commentators", "historians", "scholars", "economists", "insiders", "witnesses", "residents", "others",
        "many", "some", "everyone", "everybody", "somebody", "someone", "skeptics", "sceptics", "supporters",
        "opponents", "detractors", "pundits", "specialists", "authorities", "activists", "diplomats", "investigators",
    ];

    private static readonly string[] s_vagueQuantifiers =
    [
        "some", "many", "several", "certain", "unnamed", "anonymous", "most", "numerous", "various", "countless", "few",
        "other", "multiple",
    ];

    private static readonly (string Text, CueKind Kind)[] s_phrases =
    [
        // Passive and impersonal attribution.
        ("it is said", CueKind.Vague), ("it is believed", CueKind.Vague), ("it is thought", CueKind.Vague),
        ("it is claimed", CueKind.Vague), ("it is widely", CueKind.Vague), ("it is generally", CueKind.Vague),
        ("it is commonly", CueKind.Vague), ("it is reported", CueKind.Vague),
        ("it is rumoured", CueKind.Vague), ("it is rumored", CueKind.Vague), ("it is alleged", CueKind.Vague),
        ("it is suggested", CueKind.Vague), ("it is argued", CueKind.Vague), 
        ("it has been said", CueKind.Vague), ("it has been suggested", CueKind.Vague), ("it has been claimed", CueKind.Vague),
        ("it has been argued", CueKind.Vague), ("it has been reported", CueKind.Vague), ("it has been alleged", CueKind.Vague),
        ("it was said", CueKind.Vague), ("it was believed", CueKind.Vague), ("it was thought", CueKind.Vague),
        ("it was reported", CueKind.Vague), ("it was claimed", CueKind.Vague), ("it was suggested", CueKind.Vague),
        ("is said to", CueKind.Vague), ("are said to", CueKind.Vague),
        ("is believed to", CueKind.Vague), ("are believed to", CueKind.Vague), ("was believed to", CueKind.Vague),
        ("is thought to", CueKind.Vague), ("are thought to", CueKind.Vague), ("was thought to", CueKind.Vague),
        ("is considered", CueKind.Vague),
        ("widely regarded", CueKind.Vague), ("widely considered", CueKind.Vague), ("widely believed", CueKind.Vague),
        ("widely seen", CueKind.Vague), ("widely held", CueKind.Vague), ("widely known", CueKind.Vague),
        ("generally regarded", CueKind.Vague), ("generally considered", CueKind.Vague), ("generally accepted", CueKind.Vague),
        ("commonly regarded", CueKind.Vague), ("commonly believed", CueKind.Vague), ("often regarded", CueKind.Vague),
        ("regarded as", CueKind.Vague), ("considered by", CueKind.Vague), ("by some", CueKind.Vague), ("by many", CueKind.Vague),
        ("by critics", CueKind.Vague), ("by experts", CueKind.Vague), ("some say", CueKind.Vague), ("some argue", CueKind.Vague),
        ("some believe", CueKind.Vague), ("some claim", CueKind.Vague), ("some have", CueKind.Vague), ("many believe", CueKind.Vague),
        ("many say", CueKind.Vague), ("many argue", CueKind.Vague), ("many consider", CueKind.Vague), ("others say", CueKind.Vague),
        ("while others", CueKind.Vague), ("some people", CueKind.Vague), 
        ("many observers", CueKind.Vague), ("some observers", CueKind.Vague), ("many experts", CueKind.Vague),
        ("some experts", CueKind.Vague), ("critics say", CueKind.Vague), ("critics argue", CueKind.Vague),
        ("critics claim", CueKind.Vague), ("critics have", CueKind.Vague), ("experts say", CueKind.Vague),
        ("experts believe", CueKind.Vague), ("experts warn", CueKind.Vague), ("experts agree", CueKind.Vague),
        ("sources say", CueKind.Vague), ("sources said", CueKind.Vague), ("according to sources", CueKind.Vague),
        ("according to experts", CueKind.Vague), ("according to reports", CueKind.Vague), ("according to some", CueKind.Vague),
        ("according to many", CueKind.Vague), ("studies show", CueKind.Vague), ("studies have shown", CueKind.Vague),
        ("research shows", CueKind.Vague), ("research has shown", CueKind.Vague), ("there is evidence", CueKind.Vague),
        ("there are those", CueKind.Vague), ("one could argue", CueKind.Vague), ("it could be argued", CueKind.Vague),
        ("arguably", CueKind.Vague), ("reportedly", CueKind.Vague), ("allegedly", CueKind.Vague), ("supposedly", CueKind.Vague),
        ("purportedly", CueKind.Vague), ("rumoured", CueKind.Vague), ("rumored", CueKind.Vague),

        // Hedges.
        ("could possibly", CueKind.StrongHedge), ("may well", CueKind.StrongHedge), ("might well", CueKind.StrongHedge),
        ("may possibly", CueKind.StrongHedge), ("might possibly", CueKind.StrongHedge), ("it is possible", CueKind.StrongHedge),
        ("it is likely", CueKind.StrongHedge), ("it is unclear", CueKind.StrongHedge), ("it appears", CueKind.WeakHedge),
        ("it seems", CueKind.WeakHedge), ("appears to", CueKind.WeakHedge), ("seems to", CueKind.WeakHedge),
        ("appear to", CueKind.WeakHedge), ("seem to", CueKind.WeakHedge), ("most likely", CueKind.StrongHedge),
        ("presumably", CueKind.StrongHedge), 
        ("conceivably", CueKind.StrongHedge), ("probably", CueKind.StrongHedge), ("perhaps", CueKind.StrongHedge),
        ("possibly", CueKind.StrongHedge), ("may", CueKind.WeakHedge), ("might", CueKind.WeakHedge), ("could", CueKind.WeakHedge),
        ("likely", CueKind.WeakHedge), ("unlikely", CueKind.WeakHedge), ("potentially", CueKind.WeakHedge),
        ("suggests", CueKind.WeakHedge), ("suggest", CueKind.WeakHedge), ("suggested", CueKind.WeakHedge),
        ("somewhat", CueKind.WeakHedge), ("relatively", CueKind.WeakHedge), ("generally", CueKind.WeakHedge),
        ("usually", CueKind.WeakHedge), ("often", CueKind.WeakHedge), ("rarely", CueKind.WeakHedge),
        ("sometimes", CueKind.WeakHedge), ("largely", CueKind.WeakHedge), ("mostly", CueKind.WeakHedge),
        ("mainly", CueKind.WeakHedge), ("fairly", CueKind.WeakHedge), ("rather", CueKind.WeakHedge),
        ("about", CueKind.WeakHedge), ("around", CueKind.WeakHedge), ("roughly", CueKind.WeakHedge),
        ("approximately", CueKind.WeakHedge), ("nearly", CueKind.WeakHedge), ("almost", CueKind.WeakHedge),
        ("believed", CueKind.WeakHedge), ("thought", CueKind.WeakHedge), ("unclear", CueKind.WeakHedge),
        ("uncertain", CueKind.WeakHedge), ("estimated", CueKind.WeakHedge), ("apparently", CueKind.WeakHedge),
        ("seemingly", CueKind.WeakHedge),

        // Documents that back a statement.
        ("in a statement", CueKind.Document), ("a statement", CueKind.Document), ("in a communique", CueKind.Document),
        ("in a report", CueKind.Document), ("a report by", CueKind.Document), ("a report from", CueKind.Document),
        ("according to a", CueKind.Document), ("according to the", CueKind.Document), ("data from", CueKind.Document),
        ("figures from", CueKind.Document), ("a study by", CueKind.Document), ("a study published", CueKind.Document),
        ("published in", CueKind.Document), ("in a press release", CueKind.Document), ("in a letter", CueKind.Document),
        ("in court documents", CueKind.Document), ("in a filing", CueKind.Document), ("in an interview", CueKind.Document),
        ("told reporters", CueKind.Document), ("told the", CueKind.Document), ("in a post", CueKind.Document),
        ("in a tweet", CueKind.Document), ("in a speech", CueKind.Document), ("at a news conference", CueKind.Document),
        ("at a press conference", CueKind.Document),
    ];

    public static FrozenSet<ulong> SpeechVerbs { get; } = WordHash.SetOf(s_speechVerbs);

    public static FrozenSet<ulong> OpinionVerbs { get; } = WordHash.SetOf(s_opinionVerbs);

    public static FrozenSet<ulong> Pronouns { get; } = WordHash.SetOf(s_pronouns);

    public static FrozenSet<ulong> SourceNouns { get; } = WordHash.SetOf(s_sourceNouns);

    public static FrozenSet<ulong> GroupNouns { get; } = WordHash.SetOf(s_groupNouns);

    public static FrozenSet<ulong> VagueQuantifiers { get; } = WordHash.SetOf(s_vagueQuantifiers);

    public static ulong According { get; } = WordHash.Of("according");

    public static ulong To { get; } = WordHash.Of("to");

    public static ulong The { get; } = WordHash.Of("the");

    /// <summary>Gets the cue phrases by the hash of their first word, longest first.</summary>
    public static FrozenDictionary<ulong, CuePhrase[]> PhrasesByFirstWord { get; } = s_phrases
        .Select(p => new CuePhrase(p.Text, [.. p.Text.Split(' ').Select(w => WordHash.Of(w))], p.Kind))
        .GroupBy(p => p.Words[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray());

}
