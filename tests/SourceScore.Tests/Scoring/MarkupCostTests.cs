using SourceScore.Testing;

namespace SourceScore.Tests.Scoring;

/// <summary>
/// The markup signal costs in proportion to the damage (issue 35): a stray no-break space or one leftover label in a
/// long, clean wire story costs a few points; leaked tags and mojibake cost more, a text full of them most of the weight.
/// </summary>
public sealed class MarkupCostTests
{
    private static readonly Scorer s_scorer = Scorer.CreateDefault();

    private static readonly string[] s_lines = File.ReadAllText(Directory.GetFiles(TestPaths.SeedsRoot, "000_*.txt").Single()).Split('\n');

    [Fact]
    public void Points_follow_the_amount_and_kind_of_damage()
    {
        double clean = MarkupPoints(s_lines);
        double nbsp = MarkupPoints(Edit(l => l[3] += "\u00A0"));
        double label = MarkupPoints(Edit(l => l[5] = "Advertisement\n" + l[5]));
        double tag = MarkupPoints(Edit(l => l[4] = ReplaceFirst(l[4], " the ", " </li> the ")));
        double mojibake = MarkupPoints(Edit(l => l[4] = ReplaceFirst(l[4], " the ", " donâ€™t the ")));
        double tags = MarkupPoints(Edit(l =>
        {
            for (int k = 2; k < 12; k++)
            {
                l[k] = ReplaceFirst(l[k], " ", " </li><li> ");
            }
        }));

        Assert.Equal(0, clean);
        Assert.InRange(nbsp, 0.1, 8);
        Assert.True(nbsp < label && label < tag, $"no-break space {nbsp}, label {label}, tag {tag}");
        Assert.InRange(tag, 15, 30);
        Assert.InRange(mojibake, 15, 30);
        Assert.True(tags >= 45, $"ten leaked tags cost {tags}");
    }

    [Fact]
    public void A_text_just_called_damaged_costs_a_little_and_the_cost_is_continuous_at_the_decision()
    {
        double below = SourceScore.Scoring.OverallScore.Cost(Signal.Markup, 0.4999);
        double at = SourceScore.Scoring.OverallScore.Cost(Signal.Markup, 0.5);
        Assert.Equal(at, below, 3);
        Assert.Equal(0.05, at, 6);
        Assert.Equal(1, SourceScore.Scoring.OverallScore.Cost(Signal.Markup, 1), 6);
        Assert.Equal(0.3, SourceScore.Scoring.OverallScore.Cost(Signal.Claims, 0.3), 6);
    }

    private static string[] Edit(Action<string[]> edit)
    {
        var lines = (string[])s_lines.Clone();
        edit(lines);
        return lines;
    }

    private static string ReplaceFirst(string line, string what, string with)
    {
        int at = line.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' not in '{line}'");
        return string.Concat(line.AsSpan(0, at), with, line.AsSpan(at + what.Length));
    }

    private static double MarkupPoints(string[] lines)
    {
        var score = s_scorer.Score(Article.FromText(string.Join('\n', lines)));
        return score.Reasons.Single(r => r.Signal == Signal.Markup).Points;
    }
}
