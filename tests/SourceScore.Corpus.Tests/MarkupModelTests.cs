using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>The committed markup model is reproduced by its one training command, and generalises to damage it was not trained on.</summary>
public sealed class MarkupModelTests
{
    [Fact]
    public void Training_command_reproduces_the_model_card_figures()
    {
        using var dir = new TemporaryDirectory("sourcescore-model");
        Assert.Equal(0, MarkupTrainer.Run(TestPaths.DataRoot, dir.Path, TextWriter.Null));
        string fresh = File.ReadAllText(Path.Combine(dir.Path, "markup-v1.md"));
        string committed = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "models", "markup-v1.md"));
        Assert.Equal(committed.Replace("\r\n", "\n", StringComparison.Ordinal), fresh.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
