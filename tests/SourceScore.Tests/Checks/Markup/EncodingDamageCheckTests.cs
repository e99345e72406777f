using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class EncodingDamageCheckTests
{
    [Theory]
    [InlineData("Niger[|â€™|]s capital and [|â€œ|]quoted[|â€|] text")]
    [InlineData("Caf[|Ã©|] owners in S[|Ã£|]o Paulo")]
    [InlineData("The price is [|Â£|]20 and [|Â£|]30.")]
    [InlineData("Smith said[|Â|] he walked[|Â|] 50 km.")]
    [InlineData("[|РґРѕСЂРѕРіРµ|] [|Р\u0098Р·|]-[|РїРѕРґ|]")]
    [InlineData("Xem clip h[|Ã |]i, phim hay nh[|áº¥|]t")]
    public void Reports_mojibake(string marked) => CheckAssert.Reports(MarkupRules.Mojibake, marked);

    [Fact]
    public void Mojibake_message_gives_the_repair()
    {
        var finding = Assert.Single(CheckAssert.Findings("Niger" + "â€™" + "s capital, Niger" + "â€™" + "s army").Take(1));
        Assert.Equal("Mojibake: 'â€™' is UTF-8 read as Windows-1252; the text should read '’'", finding.Message);
    }

    [Theory]
    [InlineData("Nigeria and Niger’s “security” pact — signed in Niamey — was welcomed.")]
    [InlineData("Zürich, São Paulo, Curaçao, Beyoncé and naïve café owners.")]
    [InlineData("Москва и Санкт-Петербург")]
    [InlineData("東京と大阪")]
    [InlineData("L’épisode 8 est trop fou")]
    [InlineData("Offering 5×£35 pin ups")]
    [InlineData("CONCLUSÃO DA REUNIÃO")]
    [InlineData("Temperatures reached 40°C in Zaragoza.")]
    public void Silent_on_clean_text(string text) => CheckAssert.Silent(text);

    [Fact]
    public void Reports_replacement_character()
        => CheckAssert.Reports(MarkupRules.ReplacementCharacter, "Niger[|\uFFFD|]s capital and [|\uFFFD\uFFFD|] more");

    [Fact]
    public void Reports_control_character_with_its_windows_1252_meaning()
    {
        var finding = Assert.Single(CheckAssert.Findings("It\u0092s here."));
        Assert.Equal(MarkupRules.ControlCharacter, finding.Rule);
        Assert.Contains("'’'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(2, 1), finding.Span);
    }

    [Fact]
    public void Tabs_and_newlines_are_not_control_damage() => CheckAssert.Silent("Name\tValue\r\nOther\tLine");
}
