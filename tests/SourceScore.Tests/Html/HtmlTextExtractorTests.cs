namespace SourceScore.Tests.Html;

public sealed class HtmlTextExtractorTests
{
    private static string Page(string body) => "<html><head><title>T</title><script>var x = 1;</script><style>p{}</style></head><body>" + body + "</body></html>";

    [Fact]
    public void Drops_scripts_styles_navigation_and_page_chrome()
    {
        var article = Article.FromHtml(Page(
            "<header>Site header</header><nav><a href='/'>Home</a></nav>" +
            "<article><p>First paragraph of the story, with enough words to count as content, and commas, too.</p>" +
            "<p>Second paragraph of the story continues the report with more detail, figures and names.</p></article>" +
            "<aside>Related links</aside><form><input value='q'>Search</form><footer>Copyright</footer>" +
            "<div hidden>hidden text</div><div style='display: none'>invisible</div>"));
        Assert.Equal("First paragraph of the story, with enough words to count as content, and commas, too.\nSecond paragraph of the story continues the report with more detail, figures and names.", article.Text);
        Assert.Equal(ArticleFormat.Html, article.Format);
    }

    /// <summary>Found by fuzzing (eng/fuzz.sh html): HtmlAgilityPack asked the runtime for a page's declared charset, which throws for UTF-7.</summary>
    [Theory]
    [InlineData("<meta charset=\"utf-7\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-7\">")]
    [InlineData("<meta charset=\"x-no-such-encoding\">")]
    [InlineData("<meta charset=\"\">")]
    public void A_page_declaring_an_encoding_the_runtime_lacks_is_read_as_the_text_it_already_is(string meta)
    {
        var article = Article.FromHtml("<html><head>" + meta + "<title>T</title></head><body><article><p>The harbour barrier opened on Tuesday after a decade of delays, the council said.</p></article></body></html>");
        Assert.Equal("The harbour barrier opened on Tuesday after a decade of delays, the council said.", article.Text);
    }

    [Fact]
    public void Decodes_entities_exactly_once()
    {
        var article = Article.FromHtml("<p>Niger&#8217;s &amp;nbsp; caf&eacute; &lt;b&gt;</p>");
        Assert.Equal("Niger’s &nbsp; café <b>", article.Text);
    }

    [Fact]
    public void Double_encoded_entity_stays_visible_to_the_checks()
    {
        var score = Scorer.CreateDefault().Score(Article.FromHtml("<p>One&amp;nbsp;two and a clean sentence after it.</p>"));
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1003" && f.Excerpt == "&nbsp;");
    }

    [Fact]
    public void Block_elements_become_line_breaks_and_inline_ones_do_not()
    {
        var article = Article.FromHtml("<div><h2>Heading</h2><p>One <b>bold</b> <i>word</i>.</p><ul><li>item one</li><li>item two</li></ul>line<br>break</div>", options: new SourceScore.Html.HtmlExtractionOptions { ExtractMainContent = false });
        Assert.Equal("Heading\nOne bold word.\n- item one\n- item two\nline\nbreak", article.Text);
    }

    [Fact]
    public void Takes_title_and_date_from_the_page()
    {
        var article = Article.FromHtml("<html><head><meta property='og:title' content='The headline'><meta property='article:published_time' content='2025-03-17T09:30:00Z'></head><body><p>Body.</p></body></html>");
        Assert.Equal("The headline", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 9, 30, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_and_is_reported()
    {
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", depth));
        var article = Article.FromHtml(html);
        Assert.Contains("deep text", article.Text, StringComparison.Ordinal);
        var score = Scorer.CreateDefault().Score(article);
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS5003");
    }

    [Fact]
    public void Html_past_the_limit_is_cut_and_reported()
    {
        var html = "<p>" + new string('a', 500) + " end</p>";
        var article = Article.FromHtml(html, options: new SourceScore.Html.HtmlExtractionOptions { MaxHtmlLength = 100 });
        Assert.DoesNotContain("end", article.Text, StringComparison.Ordinal);
        Assert.Contains(Scorer.CreateDefault().Score(article).Findings, f => f.Rule.Id == "SS5002");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<<<>>>")]
    [InlineData("<p")]
    [InlineData("</div></div></body>")]
    [InlineData("<!-- unterminated comment")]
    [InlineData("<script>never closed")]
    [InlineData("\0\u0001\u0002 binary-ish")]
    public void Hostile_or_broken_html_gives_a_result(string html)
    {
        var article = Article.FromHtml(html);
        Assert.NotNull(article.Text);
        Assert.NotNull(Scorer.CreateDefault().Score(article));
    }
}
