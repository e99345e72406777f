using SourceScore.Signals.Claims;
using SourceScore.Text;

namespace SourceScore.Tests.Signals.Claims;

public sealed class SourcingNeedTests
{
    // Reported facts in the reporter's own voice: an event's who, what, where, when, its counts, a product and its specifications.
    [Theory]
    [InlineData("Gunmen opened fire on visitors at Tunisia's most renowned museum on Wednesday, killing 19.")]
    [InlineData("The new iPhone 4 has a 5-megapixel camera and went on sale in June.")]
    [InlineData("The camera takes 23 megapixels pictures and weighs 400 grams.")]
    [InlineData("A team of researchers at Columbia University set out to map the city's rats.")]
    [InlineData("The council approved the budget on Monday after a long debate.")]
    [InlineData("He was 54 and had led the company since 2011.")]
    [InlineData("Police arrested 17 people on Saturday near the stadium.")]
    [InlineData("It's the first military deal between the nations since last July's coup.")]
    public void A_reported_fact_needs_no_source(string sentence)
        => Assert.Equal(SourcingNeed.Reason.None, Read(sentence));

    [Theory]
    [InlineData("Unemployment rose to 7.4% in March.", "Statistic")]
    [InlineData("The deal is worth $3.3 billion.", "Statistic")]
    [InlineData("Terrorism-related activity has increased by more than 2,000 percent.", "Statistic")]
    [InlineData("A survey of 1,200 voters found that most oppose the plan.", "Statistic")]
    [InlineData("The mayor lied to the council about the contract.", "Accusation")]
    [InlineData("The company was accused of hiding the losses.", "Accusation")]
    [InlineData("Prices rose because of the drought.", "Cause")]
    [InlineData("The floods led to the closure of the port.", "Cause")]
    [InlineData("The Sahel has become the deadliest place in the world for extremism.", "Superlative")]
    [InlineData("It was the worst harvest since 1998.", "Superlative")]
    [InlineData("Sales are expected to double next year.", "Forecast")]
    [InlineData("The alliance is set to expand in the spring.", "Forecast")]
    [InlineData("This action reflects a broader shift towards the West.", "Interpretation")]
    public void A_claim_a_reader_cannot_take_on_trust_needs_a_source(string sentence, string reason)
        => Assert.Equal(reason, Read(sentence).ToString());

    private static SourcingNeed.Reason Read(string sentence) =>
        SourcingNeed.Of(sentence, WordScanner.Scan(sentence, new TextSpan(0, sentence.Length), new Token[SentenceCues.MaxTokens]));
}
