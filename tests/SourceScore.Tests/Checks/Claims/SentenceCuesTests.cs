using SourceScore.Signals.Claims;

namespace SourceScore.Tests.Signals.Claims;

public class SentenceCuesTests
{
    private static SentenceCues Of(string sentence) => SentenceCues.Of(sentence, new TextSpan(0, sentence.Length));

    private static string AttributionText(string sentence)
    {
        var cues = Of(sentence);
        return sentence.Substring(cues.AttributionSpan.Start, cues.AttributionSpan.Length);
    }

    [Theory]
    [InlineData("\"It's a very good development for Nigeria,\" Shehu said.", "Shehu said")]
    [InlineData("The Nigerian army announced the security cooperation pact on Tuesday in a communique.", "army announced")]
    [InlineData("According to the ministry, 40 people died in the attack.", "According to the ministry")]
    [InlineData("Regional political affairs analyst Ahmed Buhari said ECOWAS made mistakes.", "Buhari said")]
    [InlineData("The ministry gave the figures in a statement on Monday.", "in a statement")]
    [InlineData("\"We will not go to war,\" said Buhari.", "said Buhari")]
    [InlineData("Full details are at https://example.org/report.", "https://example.org/report.")]
    public void Finds_named_attribution(string sentence, string expected)
    {
        Assert.Equal(AttributionKind.Named, Of(sentence).Attribution);
        Assert.Equal(expected, AttributionText(sentence));
    }

    [Theory]
    [InlineData("Experts say the deal will fail within a year.")]
    [InlineData("It is widely believed that the coup was planned abroad.")]
    [InlineData("Many observers think the sanctions backfired.")]
    [InlineData("Critics argue that the junta has no plan.")]
    [InlineData("The minister allegedly took bribes.")]
    [InlineData("The policy is regarded as a failure by some.")]
    public void Finds_vague_attribution(string sentence)
    {
        var cues = Of(sentence);
        Assert.Equal(AttributionKind.Vague, cues.Attribution);
        Assert.True(cues.IsWeasel);
    }

    [Theory]
    [InlineData("Terrorism-related activity in the region has increased by more than 2,000 percent.")]
    [InlineData("The army killed 40 militants in May.")]
    [InlineData("Scientists found traces of the toxin in the water.")]
    public void Plain_statements_have_no_attribution_and_are_not_weasels(string sentence)
    {
        var cues = Of(sentence);
        Assert.Equal(AttributionKind.None, cues.Attribution);
        Assert.False(cues.IsWeasel);
        Assert.False(cues.IsHedged);
    }

    [Theory]
    [InlineData("The violence could possibly spread to Benin.", true)]
    [InlineData("It is possible that the talks will fail.", true)]
    [InlineData("The talks may fail and the army might withdraw.", true)]
    [InlineData("The talks may fail.", false)]
    [InlineData("About 40 people died.", false)]
    [InlineData("They talked about the deal.", false)]
    public void Measures_hedging(string sentence, bool hedged)
    {
        Assert.Equal(hedged, Of(sentence).IsHedged);
    }
}
