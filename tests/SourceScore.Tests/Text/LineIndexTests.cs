using SourceScore.Text;

namespace SourceScore.Tests.Text;

public sealed class LineIndexTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\rb\nc", 3)]
    [InlineData("\n\n\n", 4)]
    public void Counts_lines(string text, int count) => Assert.Equal(count, LineIndex.Build(text).Count);

    [Fact]
    public void Spans_exclude_terminators()
    {
        var lines = LineIndex.Build("ab\r\ncd\ne");
        Assert.Equal([new TextSpan(0, 2), new TextSpan(4, 2), new TextSpan(7, 1)], lines.Spans.ToArray());
    }
}
