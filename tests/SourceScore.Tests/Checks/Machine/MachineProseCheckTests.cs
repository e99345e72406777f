using SourceScore.Signals.Machine;
using SourceScore.Testing;

namespace SourceScore.Tests.Signals.Machine;

public sealed class MachineProseCheckTests
{
    private static readonly Scorer s_scorer = new ScorerBuilder().UseMachineChecks().Build();

    private const string Human =
        "The head of the country's football association was arrested on Tuesday on suspicion of fraud, police said. "
        + "Officers searched his home and the association's offices in the capital, a spokesman told reporters. "
        + "He denies any wrongdoing. The association said it would co-operate fully with the investigation and that "
        + "the league programme would go ahead as planned this weekend. The arrest follows a year-long inquiry into "
        + "payments made to agents, which prosecutors say may have been used to hide bribes.";

    private static void Reports(Rule rule, string marked)
    {
        var (text, expected) = MarkedText.Parse(marked);
        var actual = s_scorer.FindingsOf(Article.FromText(text)).Where(f => f.Rule == rule).Select(f => f.Span).OrderBy(s => s.Start).ToList();
        Assert.True(expected.SequenceEqual(actual), $"{rule.Id} expected [{string.Join(", ", expected)}] but was [{string.Join(", ", actual)}]");
    }

    [Theory]
    [InlineData("He said [|teh|] talks would resume.")]
    [InlineData("The minister met [|wiht|] the delegation.")]
    [InlineData("The [|goverment|] denied it.")]
    public void Reports_misspellings(string marked) => Reports(MachineRules.Misspelling, marked);

    [Theory]
    [InlineData("He said &quot;yes&quot; again, then &#quot; too.")]
    [InlineData("The unassailable lead, the guises and the toiled fields stayed.")]
    public void Silent_on_entity_names_and_rare_words(string text) => Reports(MachineRules.Misspelling, text);

    [Fact]
    public void Misspelling_message_gives_the_correction()
    {
        var finding = Assert.Single(s_scorer.FindingsOf(Article.FromText("He said teh talks would resume.")), f => f.Rule == MachineRules.Misspelling);
        Assert.Contains("'the'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("They set out [|priorities,this|] year and more.")]
    [InlineData("Troops left the [|region.As|] a result, talks began.")]
    [InlineData("Groups across the [|Sahel ,|] including Mali, agreed.")]
    public void Reports_punctuation_slips(string marked) => Reports(MachineRules.PunctuationSlip, marked);

    [Theory]
    [InlineData("It was 3,5 or 1.5 in the U.S. and the E.U. last year, said Mr. Smith of example.com today.")]
    [InlineData("Prices rose... and then fell.")]
    public void Silent_on_ordinary_punctuation(string text) => Reports(MachineRules.PunctuationSlip, text);

    [Theory]
    [InlineData("Officials [|delve|] into the figures.")]
    [InlineData("[|It is important to note|] that the vote was close.")]
    [InlineData("The deal is [|a testament|] to their work.")]
    public void Reports_stock_phrases(string marked) => Reports(MachineRules.StockPhrase, marked);

    [Fact]
    public void Reports_template_headings_on_their_own_line()
    {
        Reports(MachineRules.TemplateHeading, "[|Introduction|]\nThe talks began.\n\n## [|Key Takeaways|]:\nThey ended.\nThe introduction of the law was slow.");
    }

    [Fact]
    public void Short_text_gets_a_low_confidence_note_and_a_low_risk()
    {
        var score = s_scorer.Score(Article.FromText("Teh minister delves into a tapestry of issues,amidst concerns."));
        Assert.Contains(score.Findings, f => f.Rule == MachineRules.TooShortToJudge);
        Assert.True(score.GetSignal(Signal.Machine)!.Risk < 0.5);
        Assert.DoesNotContain(score.Findings, f => f.Rule == MachineRules.MachineProse);
    }

    [Fact]
    public void Human_news_is_silent_and_low_risk()
    {
        var score = s_scorer.Score(Article.FromText(Human));
        Assert.True(score.GetSignal(Signal.Machine)!.Risk < 0.5, $"risk {score.GetSignal(Signal.Machine)!.Risk}");
        Assert.DoesNotContain(score.Findings, f => f.Rule.Signal == Signal.Machine && f.Severity != Severity.Info);
    }

    [Fact]
    public void Risk_maps_the_threshold_to_one_half()
    {
        Assert.Equal(0.5, MachineModel.Risk(0.9, 0.9), 6);
        Assert.True(MachineModel.Risk(0.95, 0.9) > 0.5);
        Assert.True(MachineModel.Risk(0.2, 0.9) < 0.1);
        Assert.InRange(MachineModel.Risk(1.0, 0.9), 0.99, 1.0);
        Assert.InRange(MachineModel.Risk(0.0, 0.9), 0.0, 0.01);
    }

    [Fact]
    public void Negative_minimum_length_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ScorerBuilder().UseMachineChecks(new MachineOptions { MinWords = -1 }));

    [Fact]
    public void Adding_the_signal_twice_is_refused()
        => Assert.Throws<InvalidOperationException>(() => new ScorerBuilder().UseMachineChecks().UseMachineChecks());
}
