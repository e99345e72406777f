using System.Text.RegularExpressions;
using SourceScore.Signals.Source;

namespace SourceScore.Tests.Signals.Source;

public sealed partial class OpinionCuesTests
{
    // The writer's own sentence (eight words or more, no quote, no reporting verb) with one cue or none.
    [Theory]
    [InlineData("The city council must act before the rains come this year.", true)]
    [InlineData("The city council must have known about the cracks for years.", false)]
    [InlineData("The city council must haveth a plan for the rains this year.", true)]
    [InlineData("The city council must hav a plan for the rains this year.", true)]
    [InlineData("The city council must Have a plan for the rains this year.", true)]
    [InlineData("The city council needs to act before the rains come this year.", true)]
    [InlineData("The city council needs to be careful about the cracks this year.", false)]
    [InlineData("The city council need to become a better steward of the river.", true)]
    [InlineData("The harbour reopened on Monday after a week of dredging work.", false)]
    public void Reads_prescription_but_not_must_have_or_needs_to_be(string sentence, bool opinion)
    {
        var reading = OpinionCues.Read(sentence, [new TextSpan(0, sentence.Length)]);
        Assert.Equal(1, reading.OwnSentences);
        Assert.Equal(opinion ? 1 : 0, reading.OpinionSentences);
    }

    // The rewritten cue against the lookahead it replaced, on every short text over a small alphabet that
    // reaches its edges: "must " or "needs to " followed by a prefix of "have"/"be", the end, or a word character.
    [Fact]
    public void Prescription_cue_agrees_with_the_lookahead_it_replaced()
    {
        string[] heads = ["must ", "needs to ", "need to "];
        string[] tails = ["", "h", "ha", "hav", "have", "have.", "haves", "have ", "b", "be", "be.", "bee", "be ", "x", " ", "H", "B"];
        int compared = 0;
        foreach (string head in heads)
        {
            foreach (string tail in tails)
            {
                foreach (string after in new[] { "", "\n", " end" })
                {
                    string text = "They " + head + tail + after;
                    Assert.Equal(LookaheadCue().IsMatch(text), OpinionCues.HasCue(text));
                    compared++;
                }
            }
        }

        Assert.Equal(3 * 17 * 3, compared);
    }

    // The original backtracking form of the cue pattern, kept here only as the specification of the rewrite.
    [GeneratedRegex(@"\b(?:should|ought to|must not|must (?!have\b)|needs? to (?!be\b))"
        + @"|\b(?:I|I'm|I've|I'd|My|We|We're|We've|Let's)\b|\b(?:my|we|we're|we've|us|our|ourselves|let's)\b"
        + @"|\b(?i:in my view|in my opinion|frankly|clearly|obviously|undoubtedly|surely|of course|needless to say|arguably|sadly|regrettably|unfortunately|unsurprisingly|fortunately|ironically|tellingly|worryingly|alarmingly|predictably|indeed|too often|too frequently|all too|far from|it is time|there is no doubt)\b"
        + @"|\b(?:shameful|disgraceful|outrageous|absurd|ridiculous|troubling|deplorable|misguided|reckless|foolish|hypocrisy|hypocritical|questionable|dubious|laudable|welcome|unacceptable|inexcusable|shortsighted|short-sighted|counterproductive|ill-conceived|wrongheaded|severe shortcomings|meaningful)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LookaheadCue();
}
