namespace SourceScore.Tests.Signals.Source;

public sealed class ArticleFactsCheckTests
{
    private static readonly Scorer s_scorer = new ScorerBuilder().UseSourceChecks().Build();

    private static readonly DateTimeOffset s_date = new(2024, 3, 5, 0, 0, 0, TimeSpan.Zero);

    private const string Report =
        "The port authority reopened the northern channel on Monday after a week of dredging, officials said.\n"
        + "Ships waiting offshore began moving in at dawn, and the first container vessel docked before noon, the harbour master told reporters.\n"
        + "The channel had been closed since a storm pushed sand into the approach on March 1, according to the authority.\n"
        + "Dredging crews removed about 40,000 cubic metres of sand, the authority said in a statement.\n"
        + "Freight companies said the delay had cost them several days of deliveries but that schedules should return to normal within a week.\n";

    private const string Commentary =
        "The city has spent a decade promising a new tram line and delivering nothing but studies.\n"
        + "We should stop pretending that another consultation will change anything at all.\n"
        + "Clearly the council has lost sight of the people who ride buses every single day.\n"
        + "Why should commuters keep waiting for a plan that never leaves the drawing board?\n"
        + "The mayor must admit that the budget was misguided from the very first year.\n"
        + "It is time to fund the line properly or to abandon it honestly and move on.\n"
        + "The latest delay is unacceptable for a city that calls itself modern and green.\n"
        + "Residents deserve a council that finishes what it starts before it starts anything new.\n";

    private static IEnumerable<string> Rules(Article article) => s_scorer.Score(article).Findings.Select(f => f.Rule.Id);

    [Fact]
    public void A_report_with_no_byline_and_no_date_gets_both_facts_and_a_small_source_risk()
    {
        var score = s_scorer.Score(Article.FromText(Report));
        Assert.Equal(["SS5005", "SS5006"], score.Findings.Select(f => f.Rule.Id));
        Assert.All(score.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(1 - (0.92 * 0.92), score.GetSignal(Signal.Source)!.Risk!.Value, 4);
    }

    [Theory]
    [InlineData("By Jane Doe\n")]
    [InlineData("BY JANE DOE AND JOHN ROE\n")]
    [InlineData("Author: Jane Doe\n")]
    public void A_byline_at_the_start_counts(string byline) =>
        Assert.DoesNotContain("SS5005", Rules(Article.FromText(byline + Report)));

    [Theory]
    [InlineData("\n(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("\nJane Doe is a senior correspondent covering shipping.")]
    [InlineData("\nJohn Roe contributed reporting.")]
    public void A_credit_or_an_authors_note_at_the_end_counts(string credit) =>
        Assert.DoesNotContain("SS5005", Rules(Article.FromText(Report + credit)));

    [Fact]
    public void An_author_given_or_found_in_the_page_counts()
    {
        Assert.DoesNotContain("SS5005", Rules(Article.FromText(Report, author: "Jane Doe")));
        Assert.DoesNotContain("SS5005", Rules(Article.FromHtml($"<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><p>{Report}</p></body></html>")));
        Assert.DoesNotContain("SS5005", Rules(Article.FromHtml($"<html><body><header><span class=\"byline\">By Jane Doe</span></header><p>{Report}</p></body></html>")));
        Assert.Equal("Jane Doe", Article.FromHtml($"<html><head><meta property=\"article:author\" content=\"Jane Doe\"></head><body><p>{Report}</p></body></html>").Author);
    }

    [Theory]
    [InlineData("ROTTERDAM, Netherlands — ")]
    [InlineData("LONDON (Reuters) - ")]
    [InlineData("WASHINGTON DC, Sep 01 (IPS) - ")]
    [InlineData("Published March 5, 2024\n")]
    [InlineData("Updated 5 Mar 2024\n")]
    public void A_dateline_or_a_full_date_in_the_opening_counts(string opening) =>
        Assert.DoesNotContain("SS5006", Rules(Article.FromText(opening + Report)));

    [Fact]
    public void A_publication_date_given_or_found_in_the_page_counts()
    {
        Assert.DoesNotContain("SS5006", Rules(Article.FromText(Report, published: s_date)));
        Assert.DoesNotContain("SS5006", Rules(Article.FromHtml($"<html><body><time datetime=\"2024-03-05T10:00:00Z\">5 March</time><p>{Report}</p></body></html>")));
    }

    [Fact]
    public void Commentary_in_the_writers_own_voice_is_flagged_at_its_first_opinion_sentence()
    {
        var score = s_scorer.Score(Article.FromText(Commentary, author: "Jane Doe", published: s_date));
        var finding = Assert.Single(score.Findings);
        Assert.Equal("SS5007", finding.Rule.Id);
        Assert.StartsWith("We should stop pretending", finding.Excerpt, StringComparison.Ordinal);
        Assert.Equal(0.3, score.GetSignal(Signal.Source)!.Risk!.Value, 4);
    }

    [Theory]
    [InlineData("Opinion: ", null, null)]
    [InlineData("", "https://example.com/opinion/2024/03/trams", null)]
    [InlineData("", null, "Opinion | The tram line the city keeps promising")]
    public void Commentary_labelled_as_opinion_is_not_flagged(string prefix, string? url, string? title) =>
        Assert.DoesNotContain("SS5007", Rules(Article.FromText(prefix + Commentary, url: url, title: title, author: "Jane Doe", published: s_date)));

    [Fact]
    public void Opinions_in_quotations_and_reported_speech_are_the_speakers_not_the_writers()
    {
        string quoted = string.Concat(Commentary.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(s => $"\"{s}\" one resident said.\n"));
        Assert.DoesNotContain("SS5007", Rules(Article.FromText(quoted)));
        string reported = string.Concat(Commentary.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(s => $"Campaigners argued that {char.ToLowerInvariant(s[0])}{s[1..]}\n"));
        Assert.DoesNotContain("SS5007", Rules(Article.FromText(reported)));
    }

    [Fact]
    public void A_headline_the_body_is_not_about_is_flagged_on_the_headline_line()
    {
        string headline = "Celebrity chef opens vegan bakery in Paris fashion district";
        string text = headline + "\n" + Report + Report;
        var score = s_scorer.Score(Article.FromText(text, author: "Jane Doe", published: s_date));
        var finding = Assert.Single(score.Findings);
        Assert.Equal("SS5008", finding.Rule.Id);
        Assert.Equal(new TextSpan(0, headline.Length), finding.Span);
        Assert.Contains("something else", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_the_body_bears_out_is_not_flagged()
    {
        string text = "Port authority reopens northern channel after week of dredging\n" + Report + Report;
        Assert.DoesNotContain("SS5008", Rules(Article.FromText(text)));
        Assert.DoesNotContain("SS5008", Rules(Article.FromText(Report + Report, title: "Northern channel reopens to ships after storm closure and dredging")));
    }

    [Fact]
    public void A_given_title_is_judged_against_the_whole_text_and_flagged_at_the_start()
    {
        var finding = Assert.Single(s_scorer.Score(Article.FromText(Report + Report, title: "Celebrity chef opens vegan bakery in Paris fashion district", author: "J", published: s_date)).Findings);
        Assert.Equal("SS5008", finding.Rule.Id);
        Assert.Equal(new TextSpan(0, 0), finding.Span);
    }

    [Fact]
    public void A_body_too_short_is_not_judged_against_its_headline() =>
        Assert.DoesNotContain("SS5008", Rules(Article.FromText("Celebrity chef opens vegan bakery in Paris fashion district\nThe port reopened on Monday.")));

    [Fact]
    public void Suppressed_facts_do_not_count_towards_the_source_risk()
    {
        var scorer = new ScorerBuilder().UseSourceChecks().Suppress("SS5005").Build();
        var score = scorer.Score(Article.FromText(Report));
        Assert.Equal(["SS5006"], score.Findings.Select(f => f.Rule.Id));
        Assert.Equal(0.08, score.GetSignal(Signal.Source)!.Risk!.Value, 4);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    public void Empty_text_has_no_facts_but_the_no_text_finding(string text)
    {
        var score = s_scorer.Score(Article.FromText(text));
        Assert.Equal(["SS5009"], score.Findings.Select(f => f.Rule.Id));
        Assert.Equal(1, score.GetSignal(Signal.Source)!.Risk);
        Assert.Equal(1, score.GetSignal(Signal.Source)!.Counts.Single().Value);
    }

    [Fact]
    public void The_seeds_opinion_piece_is_flagged_and_the_wire_reports_are_not()
    {
        static IEnumerable<string> Seed(string prefix) =>
            Rules(Article.FromText(File.ReadAllText(Directory.GetFiles(Testing.TestPaths.SeedsRoot, prefix + "_*.txt").Single())));

        Assert.Contains("SS5007", Seed("004"));
        Assert.DoesNotContain("SS5005", Seed("004"));
        Assert.DoesNotContain("SS5006", Seed("004"));
        Assert.DoesNotContain("SS5006", Seed("003"));
        foreach (var seed in new[] { "000", "002", "003" })
        {
            Assert.DoesNotContain("SS5007", Seed(seed));
            Assert.DoesNotContain("SS5008", Seed(seed));
        }
    }

    [Fact]
    public void Adding_the_signal_twice_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new ScorerBuilder().UseSourceChecks().UseSourceChecks());
}
