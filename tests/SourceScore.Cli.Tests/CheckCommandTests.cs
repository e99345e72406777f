using System.Text.Json;
using System.Text.RegularExpressions;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests;

public sealed partial class CheckCommandTests
{
    private static string Example(string name) => Path.Combine(TestPaths.RepoRoot, "examples", name);

    [Fact]
    public async Task Damaged_draft_fails_and_lists_every_finding()
    {
        var path = Example("damaged.txt");
        var result = await CliRunner.RunAsync("check", path);
        Assert.Equal(1, result.ExitCode);
        var findings = result.StdoutLines.Where(l => FindingLine().IsMatch(l)).ToList();
        Assert.True(findings.Count >= 8, result.Stdout);
        Assert.All(findings, l => Assert.StartsWith(path + ":", l, StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.Trim() == "| < / p >");
        Assert.Contains("markup", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("overall", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("below --fail-under 60", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_no_article_text_fails_and_says_so()
    {
        using var files = new TempFiles();
        var path = files.Write("draft.html", "<html><body><div id=\"app\"></div><script>render('story')</script></body></html>");
        var result = await CliRunner.RunAsync("check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith(path + ":1:1", StringComparison.Ordinal) && l.Contains("SS5009", StringComparison.Ordinal));
        Assert.Contains("overall 0.0/100", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_whose_article_was_not_found_does_not_pass_and_says_why()
    {
        using var files = new TempFiles();
        var path = files.Write("front.html", "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World news</a></nav><footer>Contact us</footer></body></html>");
        var result = await CliRunner.RunAsync("check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith(path + ":1:1: warning SS5011", StringComparison.Ordinal));
        Assert.Contains("overall not scored, unscored", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("(not assessed: no article text was found in the page)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("not scored", result.Stderr, StringComparison.Ordinal);

        // The feed's record: no overall and no error, every signal written as the contract's not-assessed signal.
        var score = await CliRunner.RunAsync("score", path);
        Assert.Equal(0, score.ExitCode);
        var record = System.Text.Json.JsonDocument.Parse(Assert.Single(score.StdoutLines)).RootElement;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("overall").ValueKind);
        Assert.Equal("unscored", record.GetProperty("band").GetString());
        Assert.False(record.TryGetProperty("error", out _));
        foreach (var signal in record.GetProperty("signals").EnumerateObject())
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, signal.Value.GetProperty("risk").ValueKind);
            Assert.False(signal.Value.GetProperty("assessed").GetBoolean());
            Assert.Equal("no article text was found in the page", signal.Value.GetProperty("reason").GetString());
        }
    }

    [Fact]
    public async Task Clean_draft_passes()
    {
        var result = await CliRunner.RunAsync("check", Example("clean.txt"));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Fail_under_sets_the_threshold()
    {
        var result = await CliRunner.RunAsync("check", Example("damaged.txt"), "--fail-under", "10");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Sarif_output_is_well_formed_sarif_2_1_0()
    {
        var result = await CliRunner.RunAsync("check", Example("damaged.txt"), "--format", "sarif");
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("sourcescore", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "SS1001");
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        });
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            string id = r.GetProperty("ruleId").GetString()!;
            int index = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(id, rules[index].GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.EndsWith("damaged.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            var region = location.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.True(region.GetProperty("charOffset").GetInt32() >= 0);
            Assert.True(region.GetProperty("charLength").GetInt32() >= 0);
        }

        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "SS1001"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() == 2
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32() == 175);
    }

    [Fact]
    public async Task Html_report_escapes_hostile_article_text()
    {
        using var temp = new TempFiles();
        var path = temp.Write("hostile.txt", "Breaking: <script>alert(1)</script> and <img src=x onerror=alert(2)> and <a href=\"javascript:alert(3)\">x</a> </textarea><b>");
        var result = await CliRunner.RunAsync("check", path, "--format", "html");
        Assert.StartsWith("<!DOCTYPE html>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"markup\"", result.Stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex(@":\d+:\d+: (error|warning|info) SS\d{4}: ")]
    private static partial Regex FindingLine();
}
