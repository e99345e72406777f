using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class BoilerplateCheckTests
{
    private const string Body = "The council approved the budget on Tuesday after a long debate about the harbour.\n";

    [Theory]
    [InlineData(Body + "[|Follow us on Twitter|]\n")]
    [InlineData(Body + "[|Follow @IPSNewsUNBureau|]\n")]
    [InlineData(Body + "[|Sign up for our daily newsletter|]\n" + Body)]
    [InlineData(Body + "[|Share this article|]\n" + Body)]
    [InlineData(Body + "[|© 2025 Porthaven Gazette. All rights reserved.|]")]
    [InlineData(Body + "[|Contact us to find out how our security services can support you.\nWe operate in almost all countries in Africa. Every day.|]")]
    [InlineData(Body + "[|Privacy Policy | Terms of Use | Cookie Policy|]\n" + Body)]
    [InlineData(Body + "[|We use cookies to improve your experience.|]\n" + Body)]
    [InlineData("[|Skip to main content|]\n" + Body)]
    public void Reports_boilerplate_lines(string marked) => CheckAssert.Reports(MarkupRules.Boilerplate, marked);

    [Theory]
    [InlineData(Body + "[|Where next?\nBrowse related news topics:\nRead the latest news stories:\n- Once in a Blue Moon, Things Dont Fall Apart Friday, November 22, 2024\n- WFP requires $16.9 billion in 2025 as hunger reaches alarming highs Friday, November 22, 2024\nLearn more about the related issues:|]")]
    [InlineData(Body + "[|Discover More\nTanzania Security Update: Low Turnout, Coercion Dynamics, and Post-Election Risk|]\n" + "A long teaser paragraph follows here, which is prose and ends with a full stop as prose does.")]
    [InlineData(Body + "[|Markets rally as inflation cools Monday, March 3, 2025\nStorm cuts power to thousands Monday, March 3, 2025\nCourt rejects appeal in fraud case Sunday, March 2, 2025|]")]
    [InlineData(Body + "[|Read more: Council approves new ferry timetable for the summer|]\n" + Body)]
    [InlineData(Body + "[|Talks on trade deal stall again\nFloods displace families in the north\nMarkets rally as inflation cools|]")]
    public void Reports_related_headline_blocks(string marked) => CheckAssert.Reports(MarkupRules.RelatedLinks, marked);

    [Theory]
    [InlineData("Harbour city opens its first flood barrier\nPORTHAVEN — The council switched on the barrier on Monday.\nThe second section is due to open in 2027.")]
    [InlineData("Key findings\nThe survey found three things.\nFirst, costs rose.\nSecond, delays grew.")]
    [InlineData("WASHINGTON DC, Sep 01 (IPS) - In what has become an all too familiar phenomenon, U.S.-trained personnel were implicated.")]
    [InlineData("She told followers to follow the money, and they did.\nShare prices fell on Monday.")]
    [InlineData("Tour dates\nJune 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\nJune 10 -- MidFlorida Amphitheatre, Tampa, FL\nJune 12 -- Arena, Atlanta, GA")]
    [InlineData("Watch the video of the incredible incident below.\nThe fish weighed 280 pounds.")]
    public void Silent_on_article_structure(string text) => CheckAssert.Silent(text);
}
