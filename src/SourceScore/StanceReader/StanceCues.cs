using System.Collections.Frozen;
using SourceScore.Text;

namespace SourceScore.StanceReader;

/// <summary>The kinds of cue word the stance features count, as flags (a word can be more than one).</summary>
[Flags]
internal enum StanceCue : byte
{
    None = 0,

    /// <summary>Refutes or debunks: "hoax", "fake", "denied", "false", "debunked" (the FNC-1 baseline's refuting words, extended).</summary>
    Refute = 1,

    /// <summary>Negates: "not", "no", "never", "n't", "without".</summary>
    Negation = 2,

    /// <summary>Keeps the claim at a distance: "reportedly", "allegedly", "claims", "rumour", "unconfirmed", "may".</summary>
    Hedge = 4,

    /// <summary>Affirms: "confirmed", "officially", "revealed", "indeed", "evidence".</summary>
    Confirm = 8,

    /// <summary>Reported speech: "said", "told", "according", "statement".</summary>
    Speech = 16,
}

/// <summary>
/// The cue words of stance (Hanselowski et al. 2018's review of the FNC-1 features: refuting words, polarity,
/// hedging and reported speech are what separate agree, disagree and discuss once a body is known to be
/// related), matched on <see cref="WordHash"/> hashes. Thread-safe.
/// </summary>
internal static class StanceCues
{
    private static readonly FrozenDictionary<ulong, StanceCue> s_cues = Build();

    /// <summary>The cues of a word, by its case-folded hash; <paramref name="word"/> lets "n't" forms count as negation.</summary>
    public static StanceCue Of(ReadOnlySpan<char> word, ulong hash)
    {
        var cue = s_cues.GetValueOrDefault(hash);
        if (word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)))
        {
            cue |= StanceCue.Negation;
        }

        return cue;
    }

    private static FrozenDictionary<ulong, StanceCue> Build()
    {
        var cues = new Dictionary<ulong, StanceCue>();
        void Add(StanceCue cue, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                ulong h = WordHash.Of(w);
                cues[h] = cues.GetValueOrDefault(h) | cue;
            }
        }

        Add(StanceCue.Refute, "fake fakes faked fraud fraudulent hoax hoaxes false falsely deny denies denied denial denying despite nope doubt doubts doubted " +
            "bogus debunk debunks debunked debunking prank pranks pranked retract retracts retracted retraction untrue misleading satire satirical parody " +
            "fabricated fabrication baseless myth fictional phony phoney scam incorrect wrong refute refutes refuted dismissed dismisses rejected rejects " +
            "contrary contradicts contradicted contradict never unfounded mistaken erroneous disproved disproven spoof spoofed photoshopped doctored");
        Add(StanceCue.Negation, "not no never none nothing nobody neither nor without cannot isn't wasn't aren't weren't didn't doesn't don't hasn't haven't won't");
        Add(StanceCue.Hedge, "reportedly allegedly alleged purportedly purported apparently supposedly claims claimed claim claiming rumor rumors rumour rumours " +
            "rumored rumoured unconfirmed unverified may might could possibly perhaps appears appear appeared seems seem seemed suggests suggest suggested " +
            "speculation speculated speculate believed thought if whether unclear report reports reported sources source possible potentially likely");
        Add(StanceCue.Confirm, "confirmed confirms confirm confirmation officially official announced indeed verified proven proved revealed reveals shows showed " +
            "evidence actually true real definitely certainly established admitted admits");
        Add(StanceCue.Speech, "said says told stated according spokesman spokeswoman spokesperson statement announced added explained");
        return cues.ToFrozenDictionary();
    }
}
