using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class EntityCheckTests
{
    [Theory]
    [InlineData("He said[|&nbsp;|]no.")]
    [InlineData("Niger[|&#8217;|]s capital")]
    [InlineData("[|&quot;|]We will win,[|&quot;|] she said.")]
    [InlineData("AT[|&amp;|]T shares fell.")]
    [InlineData("Rock[|&#x27;|]n[|&#x27;|]roll")]
    public void Reports_undecoded_entity(string marked) => CheckAssert.Reports(MarkupRules.UndecodedEntity, marked);

    [Theory]
    [InlineData("One[|&amp;nbsp;|]two")]
    [InlineData("Price[|&amp;amp;amp;nbsp;|]list")]
    [InlineData("It[|&amp;#39;|]s over")]
    public void Reports_double_encoded_entity(string marked) => CheckAssert.Reports(MarkupRules.DoubleEncodedEntity, marked);

    [Theory]
    [InlineData("Niger[|&#8217|]s capital")]
    [InlineData("one[|&nbsp|] two")]
    public void Reports_entity_without_semicolon(string marked) => CheckAssert.Reports(MarkupRules.BrokenEntity, marked);

    [Theory]
    [InlineData("The page said [|&lt;p&gt;|]hello.")]
    [InlineData("End [|&lt;/div&gt;|] of block")]
    public void Reports_escaped_markup(string marked) => CheckAssert.Reports(MarkupRules.EscapedMarkup, marked);

    [Theory]
    [InlineData("AT&T and R&D spending rose; Q&A follows.")]
    [InlineData("Tom & Jerry & friends")]
    [InlineData("Use the &unknownentity; carefully")]
    [InlineData("Procter&Gamble raised prices")]
    public void Silent_on_clean_text(string text) => CheckAssert.Silent(text);

    [Fact]
    public void Message_says_what_the_text_should_read()
    {
        var finding = Assert.Single(CheckAssert.Findings("Niger&#8217;s capital"));
        Assert.Equal("HTML entity '&#8217;' was not decoded; the text should read '’'", finding.Message);
    }
}
