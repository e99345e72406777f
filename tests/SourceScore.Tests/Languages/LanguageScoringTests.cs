namespace SourceScore.Tests.Languages;

/// <summary>What the scorer does with an article that is not in English: only the signals that can read it judge it.</summary>
public sealed class LanguageScoringTests
{
    // A French report with words an English dictionary does not know and sentences that state figures without a source.
    private const string French =
        "Le conseil municipal a approuvé lundi le budget du port après un long débat.\n"
        + "Les travaux de dragage coûteront 40 millions d'euros et dureront trois ans.\n"
        + "La tempête de mars a déposé plus de 40 000 mètres cubes de sable dans le chenal d'accès.\n"
        + "Les compagnies de fret affirment avoir perdu plusieurs jours de livraisons pendant la fermeture.\n"
        + "Le chenal nord devrait rouvrir aux navires de commerce avant la fin de l'été prochain.\n";

    private const string English =
        "The council approved the harbour budget on Monday after a long debate.\n"
        + "The dredging will cost 40 million euros and take three years, the mayor said in a statement.\n"
        + "The March storm pushed more than 40,000 cubic metres of sand into the approach channel.\n";

    private static readonly Scorer s_scorer = Scorer.CreateDefault();

    [Fact]
    public void A_French_article_gets_no_finding_of_a_signal_that_reads_English_only()
    {
        var score = s_scorer.Score(Article.FromText(French, "fr-1"));
        Assert.Equal("fr", score.Language.Code);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Signal is Signal.Machine or Signal.Claims or Signal.Agreement);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS5007" or "SS5008");
        foreach (var signal in new[] { Signal.Machine, Signal.Claims })
        {
            var result = score.GetSignal(signal)!;
            Assert.False(result.Assessed);
            Assert.Null(result.Risk);
            Assert.Contains("French (fr)", result.NotAssessedReason, StringComparison.Ordinal);
            Assert.Contains("English only", result.NotAssessedReason, StringComparison.Ordinal);
        }

        Assert.True(score.GetSignal(Signal.Markup)!.Assessed);
        Assert.True(score.GetSignal(Signal.Source)!.Assessed);
        Assert.Empty(score.Sentences);
    }

    [Fact]
    public void The_overall_score_is_made_from_the_assessed_signals()
    {
        var score = s_scorer.Score(Article.FromText(French));
        double expected = 100;
        foreach (var signal in score.Signals.Where(s => s.Assessed))
        {
            expected *= 1 - (SourceScore.Scoring.OverallScore.Weights.Of(signal.Signal) * SourceScore.Scoring.OverallScore.Cost(signal.Signal, signal.Risk!.Value));
        }

        Assert.Equal(Math.Round(expected, 1), score.Overall);
        Assert.All(score.Reasons.Where(r => r.Risk is null), r => Assert.Equal(0, r.Points));
    }

    [Fact]
    public void Markup_damage_is_found_in_any_language()
    {
        var score = s_scorer.Score(Article.FromText("Le conseil a approuvé le budget du port.</li><li> Les travaux coûteront 40 millions d&eacute;euros et dureront trois ans."));
        Assert.Equal("fr", score.Language.Code);
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1001");
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1003");
    }

    [Fact]
    public void A_French_byline_and_date_are_read()
    {
        var bare = s_scorer.Score(Article.FromText(French)).Findings.Select(f => f.Rule.Id).ToList();
        Assert.Contains("SS5005", bare);
        Assert.Contains("SS5006", bare);

        var marked = s_scorer.Score(Article.FromText("Par Jean Dupont\nLe 3 décembre 2026\n" + French)).Findings.Select(f => f.Rule.Id).ToList();
        Assert.DoesNotContain("SS5005", marked);
        Assert.DoesNotContain("SS5006", marked);
    }

    [Fact]
    public void Bylines_and_dates_are_not_judged_in_a_language_whose_marks_are_not_read()
    {
        string russian = "Городской совет в понедельник после долгих обсуждений утвердил бюджет порта, сообщил мэр в заявлении. "
            + "Он вступит в силу в следующем году и оплатит дноуглубительные работы после шторма.";
        var score = s_scorer.Score(Article.FromText(russian));
        Assert.Equal("ru", score.Language.Code);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Signal == Signal.Source);
    }

    [Theory]
    [InlineData("Publicité", "navigation line")]
    [InlineData("Partager sur Facebook", "sharing line")]
    [InlineData("Suivez-nous sur Instagram", "follow-us line")]
    [InlineData("Article réservé aux abonnés", "call to action")]
    public void Another_language_s_furniture_labels_are_found_in_an_article_in_that_language(string line, string label)
    {
        var score = s_scorer.Score(Article.FromText(French + line + "\n"));
        Assert.Equal("fr", score.Language.Code);
        var finding = Assert.Single(score.Findings, f => f.Rule.Id == "SS1011");
        Assert.Equal(line, finding.Excerpt);
        Assert.Contains(label, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_language_s_links_heading_opens_a_block_of_other_stories()
    {
        var score = s_scorer.Score(Article.FromText(French + "\nÀ lire aussi\nLe port de Brest rouvre après la tempête\nLes dockers votent la grève au Havre\n"));
        var block = Assert.Single(score.Findings, f => f.Rule.Id == "SS1012");
        Assert.StartsWith("À lire aussi", block.Excerpt, StringComparison.Ordinal);
        Assert.Contains("2 headlines", block.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_languages_labels_are_not_read_in_an_English_article()
    {
        // "Teilen" or "Anzeige" on a line of its own in English text is not an English page's label.
        var score = s_scorer.Score(Article.FromText(English + "Anzeige\nPartager\n"));
        Assert.Equal("en", score.Language.Code);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id is "SS1011" or "SS1012");
    }

    [Fact]
    public void A_page_that_declares_another_language_loses_that_language_s_furniture_in_extraction()
    {
        const string Body = "<p>Le conseil municipal a approuvé lundi le budget du port après un long débat sur les travaux.</p>"
            + "<p>Publicité</p>"
            + "<p>Les travaux de dragage coûteront 40 millions d'euros et dureront trois ans, selon la mairie.</p>"
            + "<p>La tempête de mars a déposé plus de 40 000 mètres cubes de sable dans le chenal d'accès au port.</p>"
            + "<p>Partager sur Facebook</p>";
        var french = Article.FromHtml("<html lang=\"fr\"><body><article>" + Body + "</article></body></html>");
        Assert.DoesNotContain("Publicité", french.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Partager", french.Text, StringComparison.Ordinal);
        Assert.Contains("dragage", french.Text, StringComparison.Ordinal);

        // Without a declared language the extractor keeps them; the markup signal still reports them, by the text's language.
        var undeclared = Article.FromHtml("<html><body><article>" + Body + "</article></body></html>");
        Assert.Contains("Publicité", undeclared.Text, StringComparison.Ordinal);
        Assert.Contains(s_scorer.Score(undeclared).Findings, f => f.Rule.Id == "SS1011" && f.Excerpt == "Publicité");
    }

    [Fact]
    public void A_text_too_short_to_tell_is_judged_as_English()
    {
        var score = s_scorer.Score(Article.FromText("Budget approved"));
        Assert.True(score.Language.IsUndetermined);
        Assert.All(score.Signals.Where(s => s.Signal != Signal.Agreement), s => Assert.True(s.Assessed));
    }

    [Fact]
    public void English_is_scored_as_before_with_every_signal()
    {
        var score = s_scorer.Score(Article.FromText(English));
        Assert.Equal("en", score.Language.Code);
        Assert.All(score.Signals, s => Assert.True(s.Assessed));
        Assert.NotEmpty(score.Sentences);
    }

    [Fact]
    public void A_page_declares_its_language_and_a_feed_can_too()
    {
        var page = Article.FromHtml("<html lang=\"fr-FR\"><body><article><p>" + French + "</p></article></body></html>");
        Assert.Equal("fr-FR", page.DeclaredLanguage);
        var short1 = Article.FromText("Paris, lundi").WithDeclaredLanguage("fr");
        Assert.Equal("fr", short1.DeclaredLanguage);
        Assert.Equal("fr", s_scorer.Score(short1).Language.Code);
        Assert.Null(Article.FromText("x").WithDeclaredLanguage(" ").DeclaredLanguage);
    }

    [Fact]
    public void A_non_English_article_is_neither_looked_up_in_nor_added_to_the_story_index()
    {
        using var index = new CorpusIndex();
        var scorer = Scorer.CreateDefault(index);
        var score = scorer.Score(Article.FromText(French, "fr-1", "lemonde.example"));
        var agreement = score.GetSignal(Signal.Agreement)!;
        Assert.False(agreement.Assessed);
        Assert.Contains("English only", agreement.NotAssessedReason, StringComparison.Ordinal);
        Assert.Equal(0, index.Count);

        scorer.Score(Article.FromText(English, "en-1", "wire.example"));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_custom_check_runs_in_every_language()
    {
        var rule = new Rule("SS1901", Signal.Markup, "Custom", "A custom finding", Severity.Info, "Finds nothing in particular.");
        var scorer = new ScorerBuilder().UseMachineChecks().AddCheck(new AlwaysCheck(rule)).Build();
        var score = scorer.Score(Article.FromText(French));
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1901");
        Assert.False(score.GetSignal(Signal.Machine)!.Assessed);
    }

    private sealed class AlwaysCheck(Rule rule) : ICheck
    {
        public IReadOnlyList<Rule> Rules => [rule];

        public void Run(CheckContext context) => context.Report(rule, new TextSpan(0, 1));
    }
}
