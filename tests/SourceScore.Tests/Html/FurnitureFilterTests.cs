using SourceScore.Html;

namespace SourceScore.Tests.Html;

public sealed class FurnitureFilterTests
{
    private const string One = "The council approved the harbour budget on Monday after a long debate, the mayor said in a statement.";
    private const string Two = "Work on the northern quay starts in May and should take two years, according to the port authority.";

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Related: Floods hit the north of the country again")]
    [InlineData("Read more: Tencent profit falls as economic woes weigh")]
    [InlineData("Share")]
    [InlineData("- Email")]
    [InlineData("- Print")]
    [InlineData("- Facebook")]
    [InlineData("- Copy Link URLCopied!")]
    [InlineData("858shares")]
    [InlineData("Sharing is caring!")]
    [InlineData("Continue reading the main story")]
    [InlineData("Image copyright Getty Images")]
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("Photo: Jane Doe/Reuters")]
    [InlineData("Getty Images")]
    [InlineData("Supported by")]
    [InlineData("Follow us on Twitter")]
    public void Drops_a_furniture_line_between_paragraphs(string furniture)
        => Assert.Equal(One + "\n" + Two, FurnitureFilter.Drop(One + "\n" + furniture + "\n" + Two));

    [Fact]
    public void Drops_a_copyright_footer_with_the_short_lines_after_it()
        => Assert.Equal(One + "\n" + Two, FurnitureFilter.Drop(One + "\n" + Two + "\nCopyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy\nSitemap\nContact"));

    [Fact]
    public void Drops_a_block_of_links_under_its_heading()
        => Assert.Equal(One + "\n" + Two, FurnitureFilter.Drop(One + "\n" + Two + "\nRelated stories\nFloods hit the north again this week\nMinister resigns over the harbour deal"));

    [Fact]
    public void Trims_the_spaces_a_browser_does_not_show_at_line_ends()
        => Assert.Equal(One + "\n" + Two, FurnitureFilter.Drop("\u00A0" + One + "\u00A0\u00A0\n\u200B\n" + Two + " \u200B"));

    [Fact]
    public void Keeps_the_first_of_many_copies_of_a_sentence_line()
        => Assert.Equal(One + "\n" + Two, FurnitureFilter.Drop(One + "\n" + One + "\n" + One + "\n" + Two + "\n" + One));

    [Fact]
    public void Drops_a_later_copy_of_a_line_and_keeps_the_first()
    {
        const string Tweet = "— The Nigerian Senate (@NGRSenate) October 9, 2018";
        Assert.Equal(One + "\n" + Tweet + "\n" + Two, FurnitureFilter.Drop(One + "\n" + Tweet + "\n" + Two + "\n" + Tweet));
    }

    [Theory]
    [InlineData("“The council approved the harbour budget on Monday after a long debate”")]
    [InlineData("Work on the northern quay starts in May and should take two years")]
    [InlineData("Work on the northern quay starts in May and should take two years.")]
    public void Drops_a_pull_quote_of_a_paragraph(string quote)
        => Assert.Equal(One + "\n" + Two, FurnitureFilter.Drop(One + "\n" + quote + "\n" + Two));

    [Theory]
    [InlineData("“If the quay floods again, the whole old town goes under with it,” Lindqvist said.")]
    [InlineData("\"If the quay floods again, the whole old town goes under with it,\" says the council's engineer")]
    public void Drops_a_pull_quote_that_names_its_speaker_or_a_deck_that_quotes_the_story(string teaser)
    {
        const string Quoted = "The barrier was switched on at noon. “If the quay floods again, the whole old town goes under with it.” The council will review it in a year.";
        Assert.Equal(One + "\n" + Quoted, FurnitureFilter.Drop(teaser + "\n" + One + "\n" + Quoted));
    }

    [Fact]
    public void Keeps_a_paragraph_whose_quotation_stands_only_in_a_shorter_line()
    {
        const string Paragraph = "“If the quay floods again, the whole old town goes under with it,” Lindqvist said, pointing at the 2015 flood line.";
        const string Short = "“If the quay floods again, the whole old town goes under with it.”";
        Assert.Equal(Paragraph, FurnitureFilter.Drop(Paragraph + "\n" + Short));
    }

    [Fact]
    public void Drops_a_key_points_summary_that_repeats_the_story()
        => Assert.Equal(One + "\n" + Two, FurnitureFilter.Drop("Key Points\n- " + One + "\n- Work starts in May.\n" + One + "\n" + Two));

    [Fact]
    public void Reads_a_page_wrapped_in_one_form_as_web_forms_sites_do()
    {
        var article = Article.FromHtml("<html><body><form id='page'><nav>Home</nav><article><p>" + One + "</p><p>" + Two + "</p><p>" + One.Replace("harbour", "river", StringComparison.Ordinal) + "</p></article></form></body></html>");
        Assert.StartsWith(One + "\n" + Two, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_a_search_form()
        => Assert.Equal(One, Article.FromHtml("<html><body><article><p>" + One + "</p><form><label>Search the site for news</label><input name='q'></form></article></body></html>").Text);

    [Fact]
    public void Keeps_furniture_glued_to_a_paragraph_for_the_markup_signal_to_report()
    {
        string glued = One + " Share on Facebook";
        Assert.Equal(glued + "\n" + Two, FurnitureFilter.Drop(glued + "\n" + Two));
    }

    [Theory]
    [InlineData("Share prices fell sharply after the announcement, traders said.")]
    [InlineData("Email records released on Friday show the mayor knew of the cracks.")]
    [InlineData("Photographs taken by residents show the quay flooded to knee height.")]
    [InlineData("- Facebook and Twitter both removed the posts within an hour")]
    [InlineData("Supported by the European Union, the programme trains 400 nurses a year.")]
    [InlineData("Getty Images said on Monday that it would license the archive to museums.")]
    public void Keeps_prose_that_starts_like_furniture(string prose)
        => Assert.Equal(One + "\n" + prose + "\n" + Two, FurnitureFilter.Drop(One + "\n" + prose + "\n" + Two));

    [Fact]
    public void A_page_reads_without_its_furniture_and_its_markup_signal_stays_quiet()
    {
        var html = "<html><body><article><p>" + One + "&nbsp;</p><div class='ad'>Advertisement</div>"
            + "<ul class='tools'><li>Email</li><li>Print</li></ul><p>Related: Floods hit the north of the country again</p>"
            + "<p>" + Two + "&nbsp;</p></article></body></html>";
        var article = Article.FromHtml(html);
        Assert.Equal(One + "\n" + Two, article.Text);
        var score = Scorer.CreateDefault().Score(article);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Signal == Signal.Markup);
    }

    [Fact]
    public void Whole_body_extraction_keeps_every_line()
    {
        var article = Article.FromHtml("<p>" + One + "</p><p>Advertisement</p><p>" + Two + "</p>", options: new HtmlExtractionOptions { ExtractMainContent = false });
        Assert.Equal(One + "\nAdvertisement\n" + Two, article.Text);
    }
}
