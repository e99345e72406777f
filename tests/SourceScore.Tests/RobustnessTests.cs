namespace SourceScore.Tests;

/// <summary>Bad input gets a sensible score, never an exception, a hang or a stack overflow.</summary>
public sealed class RobustnessTests
{
    private static readonly Scorer s_scorer = Scorer.CreateDefault();

    public static TheoryData<string, string> HostileTexts() => new()
    {
        { "empty", string.Empty },
        { "whitespace", "   \n\n\t\t\n   " },
        { "nul and controls", "\0\u0001\u0002\u0003\u001b[31m\u007f\u0085" },
        { "lone surrogates", "a\uD800b\uDC00c\uDBFF" },
        { "replacement run", new string('\uFFFD', 10_000) },
        { "brackets", new string('<', 50_000) + new string('>', 50_000) },
        { "ampersands", string.Concat(Enumerable.Repeat("&amp;", 20_000)) },
        { "entity chain", "&" + string.Concat(Enumerable.Repeat("amp;", 20_000)) + "nbsp;" },
        { "one long line", new string('x', 2_000_000) },
        { "many lines", string.Concat(Enumerable.Repeat("line\n", 200_000)) },
        { "mojibake flood", string.Concat(Enumerable.Repeat("Ã©â€™", 50_000)) },
        { "tag flood", string.Concat(Enumerable.Repeat("< / li >p >< b >", 20_000)) },
        { "repeated sentence", string.Concat(Enumerable.Repeat("The same long sentence is repeated here again and again for testing. ", 5_000)) },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_gets_a_score_in_range(string name, string text)
    {
        var score = s_scorer.Score(Article.FromText(text, name));
        Assert.Null(score.Error);
        Assert.InRange(score.Overall!.Value, 0, 100);
        Assert.All(score.Signals, s => Assert.InRange(s.Risk!.Value, 0, 1));
        Assert.All(score.Findings.GroupBy(f => f.Rule.Id), g => Assert.True(g.Count() <= s_scorer.Options.MaxFindingsPerRule));
        Assert.All(score.Findings, f => Assert.InRange(f.Span.End, 0, text.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("&&& ... --- !!!")]
    public void Text_without_a_letter_or_digit_scores_zero_and_says_why(string text)
    {
        var score = s_scorer.Score(Article.FromText(text));
        var finding = Assert.Single(score.Findings, f => f.Rule.Id == "SS5009");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new TextSpan(0, 0), finding.Span);
        Assert.Equal(0, score.Overall);
        Assert.Equal(TrustBand.Unreliable, score.Band);
        Assert.Equal(100, score.Reasons.Sum(r => r.Points), 1);
        // The missing text is the first reason (before, the markup signal's whitespace finding took more of the points).
        var source = score.Reasons[0];
        Assert.Equal(Signal.Source, source.Signal);
        Assert.Equal(100, source.Points);
        Assert.All(score.Reasons.Skip(1), r => Assert.Equal(0, r.Points));
        Assert.Contains(source.TopFindings, f => f.Rule.Id == "SS5009");
    }

    [Theory]
    [InlineData("<html><body><div><div></div></div><script>render('story')</script></body></html>")]
    [InlineData("<html><head><title></title><style>p{color:red}</style></head><body><p>&nbsp;</p><template><p>Later</p></template></body></html>")]
    public void A_page_with_no_text_at_all_scores_zero(string html)
    {
        var score = s_scorer.Score(Article.FromHtml(html));
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS5009");
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id == "SS5011");
        Assert.Equal(0, score.Overall);
    }

    [Theory]
    [InlineData("<html><head><title></title></head><body><nav><a href='/'>Home</a></nav><p>&nbsp;</p></body></html>", 1)]
    [InlineData("<html><body><header>Daily Courier</header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news</a></li></ul></nav><footer>Contact us. Follow us on Twitter.</footer></body></html>", 11)]
    public void A_page_whose_article_was_not_found_is_not_scored_rather_than_blamed(string html, int words)
    {
        var score = s_scorer.Score(Article.FromHtml(html));
        // Our extraction kept nothing of a page that has text: SS5011 says so, and no signal judges the page.
        var finding = Assert.Single(score.Findings);
        Assert.Equal("SS5011", finding.Rule.Id);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains($"({words} words)", finding.Message, StringComparison.Ordinal);
        Assert.Null(score.Overall);
        Assert.Null(score.Error);
        Assert.Equal(TrustBand.Unscored, score.Band);
        Assert.Empty(score.Reasons);
        Assert.Equal(4, score.Signals.Count);
        Assert.All(score.Signals, s =>
        {
            Assert.False(s.Assessed);
            Assert.Null(s.Risk);
            Assert.Equal("no article text was found in the page", s.NotAssessedReason);
        });
    }

    [Fact]
    public void A_page_whose_article_was_not_found_leaves_its_source_record_alone()
    {
        var ledger = new InMemorySourceLedger();
        var scored = s_scorer.Score(Article.FromText("The council approved the harbour budget on Monday, the mayor said.", source: "courier.example"));
        ledger.Record(Article.FromText(string.Empty, "a", "courier.example"), scored);
        double before = ledger.Find("courier.example")!.Credibility;
        var page = Article.FromHtml("<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>", "b", "courier.example");
        ledger.Record(page, s_scorer.Score(page));
        var record = ledger.Find("courier.example")!;
        Assert.Equal(before, record.Credibility);
        Assert.Equal(1, record.Articles);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Yes.")]
    [InlineData("\u00e9t\u00e9")]
    public void One_letter_or_digit_is_text(string text)
    {
        var score = s_scorer.Score(Article.FromText(text));
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id == "SS5009");
        Assert.True(score.Overall > 0);
    }

    [Fact]
    public void A_suppressed_no_text_finding_leaves_the_signals_to_score()
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().Suppress("SS5009").Build();
        var score = scorer.Score(Article.FromText(string.Empty));
        Assert.Empty(score.Findings);
        Assert.Equal(100, score.Overall);
    }

    [Fact]
    public void Every_scorer_reports_no_text_whatever_its_signals()
    {
        var score = new ScorerBuilder().UseMachineChecks().Build().Score(Article.FromText(" \n "));
        Assert.Equal(["SS5009"], score.Findings.Select(f => f.Rule.Id));
        Assert.Equal(0, score.Overall);
    }

    [Fact]
    public void Huge_html_is_extracted_within_limits()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Paragraph with <b>bold</b> text, commas, and more.</p>", 100_000)) + "</body></html>";
        var article = Article.FromHtml(html);
        Assert.Contains("Paragraph with bold text", article.Text, StringComparison.Ordinal);
        Assert.NotNull(s_scorer.Score(article));
    }
}
