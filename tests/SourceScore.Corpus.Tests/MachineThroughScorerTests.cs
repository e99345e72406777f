using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// The machine signal as users meet it (issue 26): held-out texts scored whole through <see cref="Scorer.Score"/>,
/// language-model texts against BBC human news of the same stories' kind, spun texts against their originals. The
/// bounds hold the figures of 2026-12-04 (docs/figures.md, models/machine-v1.md) so that they cannot fall unseen; issue 26's own
/// targets (AUROC 0.92 against BBC news, half of each modern generator's texts flagged) are above them and not met yet.
/// </summary>
public sealed class MachineThroughScorerTests
{
    private static readonly Lazy<List<MachineEvaluator.Row>> s_rows =
        new(() => MachineEvaluator.Score(TestPaths.DataRoot, Path.Combine(TestPaths.RepoRoot, "models")));

    [Fact]
    public void Language_model_news_is_told_from_bbc_news_with_few_false_alarms()
    {
        var rows = s_rows.Value;
        var bbc = rows.Where(r => r.Kind == "bbc").ToList();
        var machine = rows.Where(r => r.Kind == "machine").ToList();
        Assert.True(bbc.Count >= 100, $"{bbc.Count} BBC texts");
        Assert.True(MachineEvaluator.Flagged(bbc) <= 0.03, $"false alarms on BBC news {MachineEvaluator.Flagged(bbc):P1}");
        double auroc = MachineEvaluator.Auroc(machine, bbc);
        Assert.True(auroc >= 0.84, $"AUROC against BBC news {auroc:F3} (0.849 on 2026-12-04)");
        foreach (var generator in new[] { "gpt-4", "gpt-3.5-turbo", "GPT-3-Turbo", "Gemini-1.5-Pro" })
        {
            double g = MachineEvaluator.Auroc(machine.Where(r => r.Generator == generator), bbc);
            Assert.True(g >= 0.88, $"{generator}: AUROC against BBC news {g:F3}");
        }
    }

    [Fact]
    public void Spinning_the_model_never_saw_is_told_from_its_originals()
    {
        var rows = s_rows.Value;
        var bbc = rows.Where(r => r.Kind == "bbc").ToList();
        double paraphrased = MachineEvaluator.Auroc(rows.Where(r => r.Kind == "paraphrased"), bbc);
        double spun = MachineEvaluator.Auroc(rows.Where(r => r.Kind == "spun"), bbc);
        Assert.True(paraphrased >= 0.90, $"paraphrase spinner {paraphrased:F3} (issue 26 asks 0.90)");
        Assert.True(spun >= 0.90, $"our spinner {spun:F3}");
    }
}
