using SourceScore.Configuration;
using SourceScore.StanceReader;
using SourceScore.Testing;
using SourceScore.Text;

namespace SourceScore.Tests.Configuration;

/// <summary>What each setting of a configuration does to the seeds, through <see cref="Scorer.Score"/>.</summary>
public sealed class ConfigurationEffectTests
{
    private static string Seed(string prefix) => File.ReadAllText(Directory.GetFiles(TestPaths.SeedsRoot, prefix + "_*.txt").Single());

    private static Scorer With(string json) =>
        new ScorerBuilder().UseDefaultChecks().UseConfiguration(SourceScoreConfiguration.Parse(json)).Build();

    private static readonly Scorer s_default = Scorer.CreateDefault();

    [Fact]
    public void Turning_off_SS5005_and_SS5006_raises_002_and_removes_those_findings()
    {
        var article = Article.FromText(Seed("002"), "002.txt");
        var before = s_default.Score(article);
        var after = With("""{ "rules": { "SS5005": "off", "SS5006": "off" } }""").Score(article);

        Assert.Contains(before.Findings, f => f.Rule.Id == "SS5005");
        Assert.DoesNotContain(after.Findings, f => f.Rule.Id is "SS5005" or "SS5006");
        Assert.True(after.Overall > before.Overall, $"{after.Overall} is not above {before.Overall}");
        Assert.Equal(0, after.GetSignal(Signal.Source)!.Risk);
    }

    [Fact]
    public void A_rule_level_sets_the_severity_of_its_findings()
    {
        var article = Article.FromText(Seed("004"), "004.txt");
        var score = With("""{ "rules": { "SS3001": "error" } }""").Score(article);

        var claims = score.Findings.Where(f => f.Rule.Id == "SS3001").ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal(s_default.Score(article).Overall, score.Overall);
    }

    [Fact]
    public void An_outlets_sign_off_listed_as_house_boilerplate_stops_being_a_claims_finding()
    {
        const string signOff = "Sahel Monitor is the most widely read security briefing in West Africa, with more readers than any other.";
        // After a sentence of its own, so that no attribution of the story's last paragraph carries over to it.
        var article = Article.FromText(Seed("003") + "\nThe summit ended on Tuesday evening.\n" + signOff + "\n", "003-signed.txt");
        var before = s_default.Score(article);
        var after = With($$"""{ "house": { "boilerplate": ["sahel monitor is the most widely read security briefing in West Africa -- with more readers than any other"] } }""").Score(article);

        int line = article.Text.Split('\n').Length - 1;
        Assert.Contains(before.Findings, f => f.Rule.Signal == Signal.Claims && f.Position.Line == line);
        Assert.DoesNotContain(after.Findings, f => f.Position.Line == line);
        Assert.Equal(before.GetSignal(Signal.Claims)!.Counts.Single(c => c.Name == "checkworthy").Value - 1, after.GetSignal(Signal.Claims)!.Counts.Single(c => c.Name == "checkworthy").Value);
        Assert.True(after.Overall >= before.Overall);
    }

    [Fact]
    public void A_sales_footer_listed_as_house_boilerplate_is_not_leftover_boilerplate()
    {
        var article = Article.FromText(Seed("002"), "002.txt");
        string footer = article.Text.Split('\n').First(l => l.StartsWith("Contact us to find out", StringComparison.Ordinal));
        var before = s_default.Score(article);
        var after = With($$"""{ "house": { "boilerplate": [{{System.Text.Json.JsonSerializer.Serialize(footer)}}] } }""").Score(article);

        Assert.Contains(before.Findings, f => f.Rule.Id == "SS1011" && f.Excerpt.StartsWith("Contact us", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Findings, f => f.Rule.Id == "SS1011" && f.Excerpt.StartsWith("Contact us", StringComparison.Ordinal));
        Assert.True(after.Overall > before.Overall);
    }

    [Fact]
    public void A_weight_sets_how_many_points_a_signal_can_take()
    {
        var article = Article.FromText(Seed("004"), "004.txt");
        var before = s_default.Score(article);
        var none = With("""{ "weights": { "markup": 0 } }""").Score(article);
        var all = With("""{ "weights": { "claims": 1 } }""").Score(article);

        Assert.Equal(0, none.Reasons.Single(r => r.Signal == Signal.Markup).Points);
        Assert.True(none.Overall > before.Overall);
        Assert.True(all.Reasons.Single(r => r.Signal == Signal.Claims).Points > before.Reasons.Single(r => r.Signal == Signal.Claims).Points);
        Assert.True(all.Overall < before.Overall);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScorerBuilder().SetWeight(Signal.Claims, 1.01));
    }

    [Fact]
    public void A_house_word_is_never_a_misspelling()
    {
        var article = Article.FromText(Seed("003") + "\nTraders said the oga of the market had closed the stalls early on Tuesday.\n", "003-oga.txt");
        var before = s_default.Score(article);
        var after = With("""{ "house": { "words": ["Oga"] } }""").Score(article);

        Assert.Contains(before.Findings, f => f.Rule.Id == "SS2003" && f.Excerpt == "oga");
        Assert.DoesNotContain(after.Findings, f => f.Rule.Id == "SS2003");
    }

    [Fact]
    public void An_override_by_source_applies_to_that_source_and_its_subdomains_only()
    {
        var scorer = With("""{ "overrides": [ { "sources": "example.com", "rules": { "SS5005": "off" }, "weights": { "source": 0 } } ] }""");
        string text = Seed("002");

        var wire = scorer.Score(Article.FromText(text, "a", "wire.example.com"));
        var same = scorer.Score(Article.FromText(text, "b", "EXAMPLE.com"));
        var other = scorer.Score(Article.FromText(text, "c", "notexample.com"));

        Assert.DoesNotContain(wire.Findings, f => f.Rule.Id == "SS5005");
        Assert.DoesNotContain(same.Findings, f => f.Rule.Id == "SS5005");
        Assert.Contains(other.Findings, f => f.Rule.Id == "SS5005");
        Assert.Equal(0, wire.Reasons.Single(r => r.Signal == Signal.Source).Points);
        Assert.Equal(s_default.Score(Article.FromText(text, "c", "notexample.com")).Overall, other.Overall);
    }

    [Fact]
    public void A_built_scorer_does_not_change_when_its_builder_does()
    {
        var builder = new ScorerBuilder().UseDefaultChecks().UseConfiguration(SourceScoreConfiguration.Parse("""{ "overrides": [ { "sources": "example.com", "rules": { "SS5006": "off" } } ] }"""));
        var scorer = builder.Build();
        builder.Suppress("SS5005").SetWeight(Signal.Source, 0);

        var score = scorer.Score(Article.FromText(Seed("002"), "a", "example.com"));

        Assert.Contains(score.Findings, f => f.Rule.Id == "SS5005");
        Assert.True(score.Reasons.Single(r => r.Signal == Signal.Source).Points > 0);
    }

    [Fact]
    public void Name_variants_are_read_as_the_name_by_the_agreement_signals_reader()
    {
        var house = HouseStyle.Of(SourceScoreConfiguration.Parse("""{ "house": { "names": { "Abdourahamane Tchiani": ["Omar Tiani", "Chiani"] } } }"""));
        var lexicon = house.Lexicon(StanceModel.Lexicon);

        Assert.Equal(TermKey.Of("Abdourahamane"), lexicon.Alias(TermKey.Of("Omar")));
        Assert.Equal(TermKey.Of("Tchiani"), lexicon.Alias(TermKey.Of("Chiani")));
        Assert.Equal(TermKey.Of("junta"), lexicon.Alias(TermKey.Of("junta")));
        var variant = StanceDocument.Of("General Chiani met the envoy in Niamey.", lexicon);
        var name = StanceDocument.Of("General Tchiani met the envoy in Niamey.", lexicon);
        Assert.Equal(name.Names, variant.Names);
        Assert.Same(StanceModel.Lexicon, HouseStyle.None.Lexicon(StanceModel.Lexicon));

        // A hyphenated name is read word by word, as the stance reader reads a text.
        var hyphenated = HouseStyle.Of(SourceScoreConfiguration.Parse("""{ "house": { "names": { "Adaeze Okonkwo-Bello": ["Okonkwo-Ward"] } } }""")).Lexicon(StanceModel.Lexicon);
        Assert.NotEqual(TermKey.Of("Bello"), TermKey.Of("Ward"));
        Assert.Equal(TermKey.Of("Bello"), hyphenated.Alias(TermKey.Of("Ward")));
    }

    [Fact]
    public void Without_a_configuration_every_score_is_as_before()
    {
        var empty = With("{}");
        foreach (var path in Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal))
        {
            var article = Article.FromText(File.ReadAllText(path), Path.GetFileName(path));
            var a = s_default.Score(article);
            var b = empty.Score(article);
            Assert.Equal(a.Overall, b.Overall);
            Assert.Equal(a.Findings.Select(f => (f.Rule.Id, f.Span, f.Severity)), b.Findings.Select(f => (f.Rule.Id, f.Span, f.Severity)));
        }
    }
}
