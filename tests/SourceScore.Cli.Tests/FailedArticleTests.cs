using System.Text.Json;

namespace SourceScore.Cli.Tests;

/// <summary>One article's failure is that article's: a record with the error in its place, a line on standard error, the feed goes on, exit 2.</summary>
public sealed class FailedArticleTests
{
    private const string Story = "The council approved the harbour budget on Monday after a long debate, the mayor said in a statement. Work starts in May.";

    private static Scorer WithFailingCheck(ICorpusIndex index) =>
        new ScorerBuilder().UseDefaultChecks().UseAgreementChecks(index)
            .AddCheck(new ThrowingCheck()).Build();

    [Theory]
    [InlineData("jsonl")]
    [InlineData("text")]
    [InlineData("sarif")]
    public async Task A_feed_with_an_article_that_throws_scores_every_other_one_and_exits_2(string format)
    {
        using var files = new TempFiles();
        var lines = Enumerable.Range(0, 6).Select(i => JsonSerializer.Serialize(new { id = $"a{i}", source = "example.com", text = i == 3 ? Story + " BOOM" : Story + $" Item {i}." }));
        string feed = files.Write("feed.jsonl", string.Join('\n', lines) + "\n");

        var result = await CliRunner.RunWithScorerAsync(WithFailingCheck, "score", feed, "--format", format);

        Assert.Equal(2, result.ExitCode);
        var stderr = Assert.Single(result.StderrLines);
        Assert.Equal("sourcescore: a3: SS5010 scoring failed: System.FormatException: The input string 'BOOM' was not in a correct format.", stderr);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr, StringComparison.Ordinal);
        if (format == "jsonl")
        {
            var records = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["a0", "a1", "a2", "a3", "a4", "a5"], records.Select(r => r.GetProperty("id").GetString()));
            var failed = records[3];
            Assert.Equal(JsonValueKind.Null, failed.GetProperty("overall").ValueKind);
            Assert.Equal("example.com", failed.GetProperty("source").GetString());
            Assert.Equal("SS5010", failed.GetProperty("error").GetProperty("rule").GetString());
            Assert.Equal("System.FormatException", failed.GetProperty("error").GetProperty("type").GetString());
            Assert.Equal("The input string 'BOOM' was not in a correct format.", failed.GetProperty("error").GetProperty("message").GetString());
            Assert.All(records.Where((_, i) => i != 3), r =>
            {
                Assert.InRange(r.GetProperty("overall").GetDouble(), 0, 100);
                Assert.False(r.TryGetProperty("error", out _));
            });
        }
        else if (format == "sarif")
        {
            using var log = JsonDocument.Parse(result.Stdout);
            var run = log.RootElement.GetProperty("runs")[0];
            var failure = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "SS5010");
            Assert.Equal("error", failure.GetProperty("level").GetString());
            Assert.Equal(6, run.GetProperty("properties").GetProperty("articles").GetArrayLength());
        }
        else
        {
            Assert.Contains("a3: SS5010 not scored: System.FormatException: The input string 'BOOM' was not in a correct format.", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("a5: overall ", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Check_of_a_draft_whose_scoring_fails_exits_2_not_1()
    {
        using var files = new TempFiles();
        string draft = files.Write("draft.txt", Story + " BOOM");
        var result = await CliRunner.RunWithScorerAsync(WithFailingCheck, "check", draft);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("SS5010", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Throws on an article holding "BOOM", as a defective check would (int.Parse on a word).</summary>
    private sealed class ThrowingCheck : ICheck
    {
        private static readonly Rule s_rule = new("SS1903", Signal.Markup, "Throws", "throws", Severity.Info, "A test check that throws.");

        public IReadOnlyList<Rule> Rules { get; } = [s_rule];

        public void Run(CheckContext context)
        {
            int i = context.Text.IndexOf("BOOM", StringComparison.Ordinal);
            if (i >= 0)
            {
                _ = int.Parse(context.Text.Slice(i, 4), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
