using System.Collections.Frozen;
using SourceScore.Text;

namespace SourceScore.Signals.Machine;

/// <summary>A stock phrase, matched on word hashes; <see cref="Strong"/> ones are reported as findings, the rest only weigh in the model.</summary>
internal sealed record StockPhrase(string Text, ulong[] Words, bool Strong);

/// <summary>
/// The stock phrasing of machine-written news and the template headings of LLM articles. Lists compiled
/// by hand from the phrases that the published LLM-text studies and style guides single out (delve,
/// tapestry, "it is important to note", "in today's fast-paced world" …) and checked against the human
/// news in ../shared/data: a phrase a human reporter uses as often is left out or kept weak. Static and
/// thread-safe.
/// </summary>
internal static class MachinePhrases
{
    private static readonly string[] s_strong =
    [
        "delve", "delves", "delving", "tapestry", "testament to", "a testament", "it is important to note", "it's important to note",
        "it is worth noting", "it's worth noting", "it is crucial to", "it is essential to", "plays a crucial role", "plays a pivotal role",
        "play a crucial role", "play a pivotal role", "a pivotal role", "a crucial role", "in today's fast-paced", "in today's world",
        "in today's digital", "in the ever-evolving", "ever-evolving", "ever-changing landscape", "evolving landscape", "geopolitical landscape",
        "geopolitical landscapes", "the landscape of", "navigate the complexities", "navigating the complexities", "the complexities of",
        "intricate", "multifaceted", "underscores the", "underscoring the", "highlights the importance", "highlighting the importance",
        "underscores the importance", "shed light on", "sheds light on", "shedding light on", "a stark reminder", "serves as a reminder",
        "serves as a stark", "in conclusion", "to sum up", "in summary", "all in all", "at the end of the day", "overall the",
        "fostering", "foster a", "bolster", "bolstering", "paving the way", "pave the way", "a myriad of", "myriad", "plethora",
        "in the realm of", "realm", "beacon of", "embark on", "embarked on a journey", "journey towards", "resonate with", "resonates with",
        "spearheaded", "spearheading", "seamless", "seamlessly", "cutting-edge", "game-changer", "game changer", "unwavering",
        "unwavering commitment", "commitment to excellence", "a significant milestone", "marks a significant", "marking a significant",
        "a significant step", "a major milestone", "remains to be seen", "only time will tell", "time will tell", "key takeaways",
        "key motivations", "driving this shift", "this shift", "amidst", "amid growing concerns", "raising concerns", "raised concerns about",
        "sparking concerns", "sparked outrage", "sparking debate", "ignited a debate", "a wave of", "poised to", "is set to revolutionize",
        "revolutionize", "revolutionizing", "harness the power", "harnessing the power", "unlock the potential", "unlocking the potential",
        "the potential to", "holistic", "synergy", "leverage", "leveraging", "robust", "comprehensive approach", "a comprehensive",
        "vibrant", "bustling", "nestled", "showcasing", "showcases", "a rich history", "rich cultural", "deeply rooted", "steadfast",
        "in light of", "with regard to", "furthermore", "moreover", "additionally", "notably", "consequently", "subsequently",
        "evolving geopolitical", "dynamics", "strategic partnerships",
        "strategic partnership", "broader implications", "far-reaching implications", "wider implications", "significant implications",
        "a complex interplay", "interplay", "the intersection of", "stakeholders", "key stakeholders", "ensure that", "ensuring that",
        "aims to", "aimed at fostering", "in an effort to", "in a bid to", "a growing number of", "the importance of",
        "as we move forward", "moving forward", "going forward", "looking ahead", "the future of", "in the wake of", "navigate",
        "navigating", "landscape", "crucial", "pivotal", "vital", "paramount", "meticulous", "meticulously", "commendable",
    ];

    // Weak: common in human news too, so they only weigh in the model.
    private static readonly FrozenSet<string> s_weak = FrozenSet.ToFrozenSet(
    [
        "furthermore", "moreover", "additionally", "notably", "consequently", "subsequently", "in light of", "with regard to",
        "ensure that", "ensuring that", "aims to", "in an effort to", "in a bid to", "a growing number of", "the importance of",
        "going forward", "looking ahead", "the future of", "in the wake of", "navigate", "navigating", "landscape", "crucial",
        "pivotal", "vital", "robust", "leverage", "leveraging", "stakeholders", "key stakeholders", "a wave of", "poised to",
        "this shift", "dynamics", "the potential to", "a comprehensive", "raised concerns about", "raising concerns", "time will tell",
        "remains to be seen", "amid growing concerns", "sparked outrage", "overall the", "myriad", "realm", "bolster", "bolstering",
        "vibrant", "bustling", "nestled", "steadfast", "spearheaded", "spearheading", "in summary", "all in all", "at the end of the day",
        "a significant step", "a major milestone", "strategic partnership", "strategic partnerships", "wider implications",
        "the complexities of", "deeply rooted", "a rich history", "moving forward", "intricate", "showcasing", "showcases",
        "paramount", "meticulous", "meticulously", "commendable", "foster a", "fostering", "seamless", "seamlessly",
    ], StringComparer.Ordinal);

    private static readonly string[] s_headings =
    [
        "introduction", "conclusion", "the conclusion", "in conclusion", "conclusions", "summary", "overview", "background", "key takeaways",
        "key points", "final thoughts", "looking ahead", "the bottom line", "bottom line", "what's next", "what is next", "the road ahead",
        "the way forward", "implications", "broader implications", "future outlook", "outlook", "the impact", "impact", "challenges ahead",
        "the challenges", "key challenges", "key developments", "recent developments", "the background", "historical context", "context",
        "analysis", "the analysis", "final words", "closing thoughts", "takeaways", "the takeaway", "next steps", "why it matters",
        "what it means", "a new chapter", "moving forward", "international reactions",
        "international reaction", "reactions", "the response", "public reaction", "economic impact", "political implications",
    ];

    /// <summary>Gets the stock phrases, keyed by the hash of their last word.</summary>
    public static FrozenDictionary<ulong, StockPhrase[]> ByLastWord { get; } = BuildPhrases();

    /// <summary>Gets the hashes of the template headings (words case-folded, one space between).</summary>
    public static FrozenSet<ulong> Headings { get; } = FrozenSet.ToFrozenSet(s_headings.Select(h => WordHash.Of(h)));

    /// <summary>Gets the longest phrase, in words.</summary>
    public static int MaxWords { get; } = ByLastWord.Values.SelectMany(p => p).Max(p => p.Words.Length);

    private static FrozenDictionary<ulong, StockPhrase[]> BuildPhrases()
    {
        var phrases = new List<StockPhrase>();
        foreach (string text in s_strong.Distinct(StringComparer.Ordinal))
        {
            var words = new List<ulong>();
            var scanner = new WordScanner(text);
            while (scanner.MoveNext())
            {
                if (scanner.Current.Kind == TokenKind.Word)
                {
                    words.Add(scanner.Current.Hash);
                }
            }

            phrases.Add(new StockPhrase(text, [.. words], !s_weak.Contains(text)));
        }

        return phrases.GroupBy(p => p.Words[^1]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray());
    }
}
