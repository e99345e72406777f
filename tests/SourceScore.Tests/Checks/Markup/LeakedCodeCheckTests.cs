using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class LeakedCodeCheckTests
{
    [Theory]
    [InlineData("The council met on Monday.\n[|googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });|]\nIt approved the budget.")]
    [InlineData("Story text.\n[|{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}|]")]
    [InlineData("Story text.\n[|window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}|]")]
    [InlineData("Story text.\n[|@media (max-width: 600px) { .story-body { font-size: 14px !important; } }|]")]
    [InlineData("The minister said [|document.getElementById|](the figures were wrong.")]
    public void Reports_leaked_code(string marked) => CheckAssert.Reports(MarkupRules.LeakedCode, marked);

    [Theory]
    [InlineData("The function of the committee (which meets monthly) is to review budgets.")]
    [InlineData("Sales rose 5% (from 10 = 20 units) in the year; analysts were pleased.")]
    [InlineData("She said: \"We will win\" (and they did).")]
    [InlineData("The var of the data set was high, and the window of opportunity closed.")]
    public void Silent_on_clean_text(string text) => CheckAssert.Reports(MarkupRules.LeakedCode, text);
}
