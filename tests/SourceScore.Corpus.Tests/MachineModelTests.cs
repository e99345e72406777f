using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>The committed machine-prose model, lexicon and card are reproduced by the one training command.</summary>
public sealed class MachineModelTests
{
    [Fact]
    public void Training_command_reproduces_the_model_card_and_lexicon()
    {
        using var dir = new TemporaryDirectory("sourcescore-machine");
        File.Copy(Path.Combine(TestPaths.RepoRoot, "models", WordNet.FileName), Path.Combine(dir.Path, WordNet.FileName));
        Assert.Equal(0, MachineTrainer.Run(TestPaths.DataRoot, dir.Path, TextWriter.Null));
        string fresh = File.ReadAllText(Path.Combine(dir.Path, "machine-v1.md"));
        string committed = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "models", "machine-v1.md"));
        Assert.Equal(committed.Replace("\r\n", "\n", StringComparison.Ordinal), fresh.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "models", "machine-v1.lex")), File.ReadAllBytes(Path.Combine(dir.Path, "machine-v1.lex")));
    }
}
