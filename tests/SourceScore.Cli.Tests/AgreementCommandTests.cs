using System.Text.Json;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests;

public sealed class AgreementCommandTests
{
    [Fact]
    public async Task Seeds_against_each_other_give_001_the_highest_agreement_risk_and_a_contradicted_claim()
    {
        // Each seed compared with the other four (the corpus copy of a seed has its id, so it is never compared with itself).
        var result = await CliRunner.RunAsync("score", "--corpus", TestPaths.SeedsRoot, TestPaths.SeedsRoot);
        Assert.Equal(0, result.ExitCode);
        var records = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, records.Count);
        var risks = records.ToDictionary(
            r => Path.GetFileName(r.GetProperty("id").GetString()!)[..3],
            r => r.GetProperty("signals").GetProperty("agreement").GetProperty("risk") is { ValueKind: JsonValueKind.Number } risk ? risk.GetDouble() : -1);
        Assert.All(risks.Where(p => p.Key != "001"), p => Assert.True(p.Value < risks["001"], $"seed {p.Key} risk {p.Value} is not below 001's {risks["001"]}"));

        var seed001 = records.Single(r => r.GetProperty("id").GetString()!.Contains("001_", StringComparison.Ordinal));
        var agreement = seed001.GetProperty("signals").GetProperty("agreement");
        Assert.True(agreement.GetProperty("related").GetInt32() >= 1);
        Assert.True(agreement.GetProperty("contradicted").GetInt32() >= 1);
        var contradiction = seed001.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "SS4001");
        Assert.Contains("003_", contradiction.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Russia", contradiction.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_related_coverage_the_agreement_risk_is_null()
    {
        var result = await CliRunner.RunAsync("score", Path.Combine(TestPaths.SeedsRoot, Directory.GetFiles(TestPaths.SeedsRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!));
        var record = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement;
        var agreement = record.GetProperty("signals").GetProperty("agreement");
        Assert.Equal(JsonValueKind.Null, agreement.GetProperty("risk").ValueKind);
        Assert.False(agreement.GetProperty("assessed").GetBoolean());
        Assert.Equal("no related article from another source is known", agreement.GetProperty("reason").GetString());
        Assert.True(record.GetProperty("signals").GetProperty("markup").GetProperty("assessed").GetBoolean());
        Assert.False(record.GetProperty("signals").GetProperty("markup").TryGetProperty("reason", out _));
        Assert.Equal(0, agreement.GetProperty("related").GetInt32());
        Assert.Equal(0, agreement.GetProperty("corroborated").GetInt32());
        Assert.Equal(0, agreement.GetProperty("contradicted").GetInt32());
    }

    [Fact]
    public async Task Stance_writes_one_line_a_pair_with_the_four_scores_and_skips_bad_lines()
    {
        string input =
            "{\"id\": \"a\", \"headline\": \"Police say the video of the shark in the street is a hoax\", \"body\": \"Police said on Monday that a video showing a shark swimming down a flooded street was fake. The clip, shared thousands of times, was doctored, officials said.\"}\n" +
            "not json\n" +
            "{\"id\": \"b\", \"headline\": \"Apple to release a new watch\", \"body\": \"The city council voted to repair the bridge over the river next spring.\"}\n";
        var result = await CliRunner.RunWithInputAsync(input, "stance", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("-:2", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, result.StdoutLines.Length);
        var b = JsonDocument.Parse(result.StdoutLines[1]).RootElement;
        Assert.Equal("b", b.GetProperty("id").GetString());
        Assert.Equal("unrelated", b.GetProperty("stance").GetString());
        foreach (var line in result.StdoutLines)
        {
            var r = JsonDocument.Parse(line).RootElement;
            Assert.Contains(r.GetProperty("stance").GetString(), new[] { "agree", "disagree", "discuss", "unrelated" });
            var scores = r.GetProperty("scores");
            double sum = new[] { "agree", "disagree", "discuss", "unrelated" }.Sum(k => scores.GetProperty(k).GetDouble());
            Assert.InRange(sum, 0.99, 1.01);
        }
    }

    [Fact]
    public async Task A_reworded_copy_in_a_feed_gets_copy_of_with_its_passages_and_a_finding_on_each()
    {
        using var files = new TempFiles();
        string feed = JsonSerializer.Serialize(new { id = "wire-1", source = "wire.example", text = CopyStories.Original }) + "\n"
            + JsonSerializer.Serialize(new { id = "copy-1", source = "mill.example", text = CopyStories.Reworded }) + "\n";
        var result = await CliRunner.RunAsync("score", files.Write("feed.jsonl", feed));
        Assert.Equal(0, result.ExitCode);
        var records = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.False(records[0].TryGetProperty("copy_of", out _));

        var copy = records[1].GetProperty("copy_of");
        Assert.Equal("wire-1", copy.GetProperty("id").GetString());
        Assert.Equal("wire.example", copy.GetProperty("source").GetString());
        Assert.Equal("reworded", copy.GetProperty("kind").GetString());
        Assert.False(copy.GetProperty("credited").GetBoolean());
        Assert.InRange(copy.GetProperty("share").GetDouble(), 0.8, 1);
        var passages = copy.GetProperty("passages").EnumerateArray().ToList();
        Assert.NotEmpty(passages);
        var findings = records[1].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "SS4006").ToList();
        Assert.Equal(passages.Count, findings.Count);
        foreach (var (passage, finding) in passages.Zip(findings))
        {
            Assert.Equal(passage.GetProperty("start").GetInt32(), finding.GetProperty("start").GetInt32());
            Assert.Equal("warning", finding.GetProperty("severity").GetString());
            int originalEnd = passage.GetProperty("original_start").GetInt32() + passage.GetProperty("original_length").GetInt32();
            Assert.InRange(originalEnd, 1, CopyStories.Original.Length);
            Assert.Contains($"\u2013{originalEnd}", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, records[1].GetProperty("signals").GetProperty("agreement").GetProperty("related").GetInt32());
    }
}
