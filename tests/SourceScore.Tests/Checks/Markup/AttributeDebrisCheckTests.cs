using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class AttributeDebrisCheckTests
{
    [Theory]
    [InlineData("[|tdstyle;textalign:’left’, colsize;’rowcount’= ‘3’, valigntop|]>’Improved tactical proficiency.’")]
    [InlineData("The story [|class=\"article-body\"|] continues here.")]
    [InlineData("Buffalo[|style=\"text-align: right\"|] (e3) have interest.")]
    [InlineData("Prices rose [|font-size: 12px;|] sharply.")]
    [InlineData("Section [|colspan=\"3\"|] of the report.")]
    [InlineData("Table [|valigntop|] cell.")]
    [InlineData("Hidden [|display: none;|] block.")]
    [InlineData("which create[|font-size: 16px;|] cavities between the walls")]
    public void Reports_attribute_and_css_debris(string marked) => CheckAssert.Reports(MarkupRules.AttributeDebris, marked);

    [Theory]
    [InlineData("The party was in a class of its own, officials said.")]
    [InlineData("Her style was described as bold: left-leaning and direct.")]
    [InlineData("The border with Niger was closed; it reopened on Monday.")]
    [InlineData("The score stood at 3 = 3 after extra time.")]
    [InlineData("He said the margin was narrow, and the display was impressive.")]
    public void Silent_on_clean_text(string text) => CheckAssert.Reports(MarkupRules.AttributeDebris, text);
}
