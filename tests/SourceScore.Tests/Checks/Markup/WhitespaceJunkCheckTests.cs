using SourceScore.Signals.Markup;

namespace SourceScore.Tests.Signals.Markup;

public sealed class WhitespaceJunkCheckTests
{
    [Fact]
    public void Reports_run_of_empty_lines_inside_the_text() =>
        CheckAssert.Reports(MarkupRules.BlankLineRun, "First paragraph.[|\n\n\n\n|]Second paragraph.");

    [Fact]
    public void Reports_empty_lines_at_the_end() =>
        CheckAssert.Reports(MarkupRules.BlankLineRun, "Last paragraph.[|\n\n\n\n\n|]");

    [Fact]
    public void Reports_trailing_whitespace_junk() =>
        CheckAssert.Reports(MarkupRules.TrailingWhitespace, "First line.[|    |]\nSecond line.[|\t|]\nThird line.[| \u00A0 |]\n");

    [Fact]
    public void Reports_whitespace_only_line() =>
        CheckAssert.Reports(MarkupRules.TrailingWhitespace, "First.\n[|        |]\nSecond.");

    [Fact]
    public void Reports_whitespace_junk_inside_a_line() =>
        CheckAssert.Reports(MarkupRules.InnerWhitespace, "Video loading[|            |]Watch next and more[|\t\t   |]text.");

    [Theory]
    [InlineData("Paragraph one.\n\nParagraph two.\n")]
    [InlineData("Two spaces  after a full stop.  Still fine.")]
    [InlineData("    Indented first line is left alone.")]
    [InlineData("Paragraph one.\n\n\nParagraph two.")]
    [InlineData("Line with one trailing space. \nNext line.  \nEnd.\n\n")]
    [InlineData("Windows\r\nline\r\nendings\r\n")]
    public void Silent_on_normal_spacing(string text) => CheckAssert.Silent(text);
}
