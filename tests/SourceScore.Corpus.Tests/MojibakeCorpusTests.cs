using System.Text.Json;
using SourceScore.Signals.Markup;
using SourceScore.Testing;

namespace SourceScore.Corpus.Tests;

/// <summary>The encoding-damage rules on ftfy's real-world cases (dev part): flag the garbled, spare the clean.</summary>
public sealed class MojibakeCorpusTests
{
    [Fact]
    public void Flags_most_garbled_cases_and_few_clean_ones()
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().Build();
        int garbled = 0, caught = 0, clean = 0, flagged = 0;
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.DataRoot, "ftfy_mojibake", "dev.jsonl")))
        {
            var row = JsonDocument.Parse(line).RootElement;
            var findings = scorer.FindingsOf(Article.FromText(row.GetProperty("text").GetString()!));
            bool hit = findings.Any(f => f.Rule == MarkupRules.Mojibake || f.Rule == MarkupRules.ReplacementCharacter || f.Rule == MarkupRules.ControlCharacter);
            if (row.GetProperty("label").GetString() == "garbled")
            {
                garbled++;
                caught += hit ? 1 : 0;
            }
            else
            {
                clean++;
                flagged += hit ? 1 : 0;
            }
        }

        // Dev figures when this test was written: 83/88 garbled flagged, 4/39 clean flagged (docs/figures.md).
        Assert.True(caught >= 0.90 * garbled, $"{caught}/{garbled} garbled flagged");
        Assert.True(flagged <= 0.12 * clean, $"{flagged}/{clean} clean flagged");
    }
}
