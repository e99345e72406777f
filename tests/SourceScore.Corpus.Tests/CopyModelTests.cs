using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

public sealed class CopyModelTests
{
    [Fact]
    public void Training_command_reproduces_the_model_card_figures()
    {
        using var dir = new TemporaryDirectory("sourcescore-model");
        Assert.Equal(0, CopyTrainer.Run(TestPaths.DataRoot, Path.Combine(TestPaths.RepoRoot, "models"), dir.Path, TextWriter.Null));
        string fresh = File.ReadAllText(Path.Combine(dir.Path, "copy-v1.md"));
        string committed = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "models", "copy-v1.md"));
        Assert.Equal(committed.Replace("\r\n", "\n", StringComparison.Ordinal), fresh.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
