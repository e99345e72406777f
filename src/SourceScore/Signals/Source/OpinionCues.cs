using System.Text.RegularExpressions;
using SourceScore.Text;

namespace SourceScore.Signals.Source;

/// <summary>
/// How much a text argues in its own voice: the sentences outside quotations and attribution that prescribe
/// ("the United States should re-orient"), speak in the first person ("I believe", "we must"), ask rhetorical
/// questions, or judge ("troubling", "shameful", "clearly"). News reports carry such sentences only inside
/// quotations and reported speech; commentary carries them in the writer's voice. Static and thread-safe.
/// </summary>
/// <remarks>
/// The thresholds were set on the tuning part of the human news in ../shared/data (the firing rate there is the
/// false-alarm rate, as those texts are reports) and checked on the held-out part: docs/signals.md, "Article facts".
/// </remarks>
internal static partial class OpinionCues
{
    /// <summary>Opinion sentences needed at the least.</summary>
    public const int MinSentences = 5;

    /// <summary>The share of the writer's own sentences that must be opinion sentences.</summary>
    public const double MinShare = 0.3;

    /// <summary>The writer's own sentences needed before the share means anything.</summary>
    public const int MinOwnSentences = 6;

    /// <summary>What the writer's own sentences show: how many there are, how many argue, and the first that does.</summary>
    public readonly record struct Reading(int OwnSentences, int OpinionSentences, TextSpan FirstOpinion)
    {
        /// <summary>Gets whether the text reads as commentary.</summary>
        public bool IsOpinion => OwnSentences >= MinOwnSentences && OpinionSentences >= MinSentences && OpinionSentences >= MinShare * OwnSentences;
    }

    /// <summary>
    /// Reads the sentences of <paramref name="text"/>. A sentence is the writer's own when it is prose (eight words
    /// or more, ending in a full stop, a question or an exclamation mark: not a heading, a list item or page
    /// furniture), has no quote mark, is not inside a quotation opened before it, and has no reporting verb.
    /// </summary>
    public static Reading Read(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> sentences)
    {
        int own = 0, opinion = 0;
        TextSpan first = default;
        var quotes = default(QuoteState);
        foreach (var span in sentences)
        {
            bool quoted = quotes.ReadTo(text, span.Start);
            var sentence = text.Slice(span.Start, span.Length).TrimEnd();
            if (sentence.IsEmpty || sentence[^1] is not ('.' or '?' or '!') || TextScan.CountWords(sentence) < MinWords
                || quoted || sentence.IndexOfAny(QuoteMarks) >= 0 || ReportedSpeechPattern().IsMatch(sentence))
            {
                continue;
            }

            own++;
            if (sentence[^1] == '?' || HasCue(sentence))
            {
                if (opinion++ == 0)
                {
                    first = span;
                }
            }
        }

        return new Reading(own, opinion, first);
    }

    /// <summary>Whether the text prescribes, speaks in the first person or judges in the writer's own voice.</summary>
    public static bool HasCue(ReadOnlySpan<char> text) => CuePattern().IsMatch(text);

    /// <summary>Words a sentence needs to count as prose.</summary>
    public const int MinWords = 8;

    private const string QuoteMarks = "\"“”«»";

    // NonBacktracking: time linear in the sentence's length, whatever it holds, and no clock to run out.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Prescription, the first person, and the writer's own judgement. "must " not before the word "have" and
    // "need(s) to " not before the word "be" are spelled out character by character, as NonBacktracking has no
    // lookahead: "must (?!have\b)" is "must " then the end, or a text that leaves "have" before its end or goes on
    // with a word character after it. Only IsMatch is asked, so what the spelled-out part consumes does not matter.
    [GeneratedRegex(@"\b(?:should|ought to|must not|must (?:\z|[^h]|h\z|h[^a]|ha\z|ha[^v]|hav\z|hav[^e]|have\w)|needs? to (?:\z|[^b]|b\z|b[^e]|be\w))"
        + @"|\b(?:I|I'm|I've|I'd|My|We|We're|We've|Let's)\b|\b(?:my|we|we're|we've|us|our|ourselves|let's)\b"
        + @"|\b(?i:in my view|in my opinion|frankly|clearly|obviously|undoubtedly|surely|of course|needless to say|arguably|sadly|regrettably|unfortunately|unsurprisingly|fortunately|ironically|tellingly|worryingly|alarmingly|predictably|indeed|too often|too frequently|all too|far from|it is time|there is no doubt)\b"
        + @"|\b(?:shameful|disgraceful|outrageous|absurd|ridiculous|troubling|deplorable|misguided|reckless|foolish|hypocrisy|hypocritical|questionable|dubious|laudable|welcome|unacceptable|inexcusable|shortsighted|short-sighted|counterproductive|ill-conceived|wrongheaded|severe shortcomings|meaningful)\b", Options)]
    private static partial Regex CuePattern();

    // Reported speech: "…, the minister said", "according to …", "X told …".
    [GeneratedRegex(@"\b(?:said|says|told|according to|added|stated|announced|argued|wrote|warned|urged|explained|noted|insisted|claimed)\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex ReportedSpeechPattern();
}
