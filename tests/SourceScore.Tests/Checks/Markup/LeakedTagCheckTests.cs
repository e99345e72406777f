using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class LeakedTagCheckTests
{
    [Theory]
    [InlineData("Security concerns remain high .[|< / li >|]\nNext line.")]
    [InlineData("[|< / ul >|]This recalibration poses significant implications.")]
    [InlineData("Significant areas may encompass : [|p >< b >|]Area Of Focus [|th > < b >|]Potential")]
    [InlineData("Outcomes [|th />|] Counterterrorism Operations [|td >|] United States")]
    [InlineData("surveillance capabilities.[|< span/>|] Military Training Programs")]
    [InlineData("“Recommendations For Enhancing National Defense” [|h2>|]\nAs Nigers reassesses")]
    [InlineData("- [|< strong >>|]Fortifying Regional Military Alliances:[|< strong >>|]establish stronger connections")]
    [InlineData("The ConclusionKey Focus Areas”[|< strng \"/>|]” Expected Outcomes")]
    [InlineData("Officials said [|<b>|]nothing[|</b>|] about it.")]
    [InlineData("See the report [|<a href=\"https://example.com/r\">|]here[|</a>|].")]
    [InlineData("Text before [|<!-- ad slot -->|] text after.")]
    [InlineData("Qatar gained[|</li|] public praise from the move.")]
    [InlineData("Still, Mr. [|p >|]  Garrett, who was the first pick.")]
    [InlineData("A paragraph ends here.[|<br/>|]Another starts.")]
    [InlineData("Broken [|<//p>|] closing tag.")]
    [InlineData("Spaced [|< br / >|] break.")]
    [InlineData("not taking any chances.[|p />|]\n\nA female passenger")]
    public void Reports_leaked_tag_fragments(string marked) => CheckAssert.Reports(MarkupRules.LeakedTag, marked);

    [Theory]
    [InlineData("The result was significant (p > 0.05) in both trials.")]
    [InlineData("Temperatures of <5 degrees and >30 degrees were recorded.")]
    [InlineData("Contact the editor at <editor@example.com> for corrections.")]
    [InlineData("Profits grew more than 3 <-> 4 per cent, analysts said.")]
    [InlineData("The ratio a < b held, and c > d too.")]
    [InlineData("Nigeria and neighboring Niger have signed an agreement to boost their security cooperation.")]
    public void Silent_on_clean_text(string text) => CheckAssert.Reports(MarkupRules.LeakedTag, text);

    [Theory]
    [InlineData("key actions should include :\n- [|>|]Engagement With Global Powers :")]
    [InlineData("diversifying cooperative arrangements. [|>|]Public Private Partnerships")]
    public void Reports_stray_angle_bracket(string marked) => CheckAssert.Reports(MarkupRules.StrayAngleBracket, marked);

    [Theory]
    [InlineData("Quoted email:\n> This is a reply")]
    [InlineData("Inflation > 5% worried investors.")]
    [InlineData("The arrow -> points right.")]
    public void Stray_bracket_silent_on_clean_text(string text) => CheckAssert.Reports(MarkupRules.StrayAngleBracket, text);
}
