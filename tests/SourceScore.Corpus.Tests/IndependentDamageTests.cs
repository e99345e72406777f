using SourceScore.Testing;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// Damage written by hand, in forms the training generator does not produce, each alone inside a long
/// clean article: the markup risk must cross 0.5 (damaged) and stay below 0.8 (one small defect).
/// </summary>
public sealed class IndependentDamageTests
{
    private static readonly Scorer s_scorer = Scorer.CreateDefault();

    private static string CleanArticle()
    {
        var path = Directory.GetFiles(TestPaths.SeedsRoot, "000_*.txt").Single();
        return File.ReadAllText(path);
    }

    [Theory]
    [InlineData("</P>")]
    [InlineData("<div class='story'>")]
    [InlineData("< /em >")]
    [InlineData("strong />")]
    [InlineData("<span style=\"font-weight:bold\">")]
    [InlineData("align=\"center\"")]
    [InlineData("&amp;quot;")]
    [InlineData("&#8220;")]
    [InlineData("&hellip;")]
    [InlineData("&lt;br /&gt;")]
    [InlineData("donâ€™t")]
    [InlineData("rÃ©sumÃ©")]
    [InlineData("\uFFFD")]
    [InlineData("Share on Facebook")]
    [InlineData("Copyright 2024 Example News Ltd")]
    [InlineData("\n\n\n\n\n\n")]
    [InlineData("\t\t   ")]
    public void One_hand_made_defect_makes_the_article_damaged(string defect)
    {
        string text = CleanArticle();
        int at = text.IndexOf("\nThe West Africa", StringComparison.Ordinal);
        string damaged = text[..at] + (defect.StartsWith('\n') || defect.StartsWith('\t') ? defect : " " + defect) + text[at..];
        double risk = s_scorer.Score(Article.FromText(damaged)).GetSignal(Signal.Markup)!.Risk!.Value;
        Assert.InRange(risk, 0.5, 0.85);
    }
}
