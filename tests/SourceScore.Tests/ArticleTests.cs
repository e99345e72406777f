namespace SourceScore.Tests;

public sealed class ArticleTests
{
    [Fact]
    public void Text_is_kept_exactly()
    {
        const string text = "  Leading spaces\r\nCRLF line\rCR line\n\nTrailing  ";
        var article = Article.FromText(text, "id", "example.com", "https://example.com/a", "Title", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Assert.Equal(text, article.Text);
        Assert.Equal("example.com", article.Source);
        Assert.Equal(ArticleFormat.Text, article.Format);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(18, 2, 1)]
    [InlineData(27, 2, 10)]
    [InlineData(28, 3, 1)]
    [InlineData(35, 3, 8)]
    [InlineData(36, 4, 1)]
    [InlineData(40, 5, 4)]
    public void Positions_count_lines_after_lf_crlf_and_cr(int offset, int line, int column)
    {
        var article = Article.FromText("  Leading spaces\r\nCRLF line\rCR line\n\nTrailing  ");
        Assert.Equal(new LinePosition(line, column), article.GetPosition(offset));
    }

    [Fact]
    public void Position_outside_the_text_throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Article.FromText("abc").GetPosition(4));

    [Fact]
    public void Null_text_is_refused() => Assert.Throws<ArgumentNullException>(() => Article.FromText(null!));
}
