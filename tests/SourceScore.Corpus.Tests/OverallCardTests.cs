using SourceScore.Scoring;
using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>The overall score's weights are the ones its calibration chooses, and the card's figures are what its one command gives.</summary>
public sealed class OverallCardTests
{
    [Fact]
    public void Calibration_command_reproduces_the_card_and_chooses_the_shipped_weights()
    {
        using var dir = new TemporaryDirectory("sourcescore-overall");
        string models = Path.Combine(TestPaths.RepoRoot, "models");
        Assert.Equal(0, OverallCalibrator.Run(TestPaths.DataRoot, models, TextWriter.Null, dir.Path));
        string fresh = File.ReadAllText(Path.Combine(dir.Path, "overall-v1.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string committed = File.ReadAllText(Path.Combine(models, "overall-v1.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(committed, fresh);
        Assert.Contains("**chosen and shipped: " + OverallCalibrator.Describe(OverallScore.Weights) + "**", fresh, StringComparison.Ordinal);
    }
}
