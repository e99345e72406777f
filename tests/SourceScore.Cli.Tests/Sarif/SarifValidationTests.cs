using System.Text;
using System.Text.Json;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests.Sarif;

/// <summary>
/// <c>score --format sarif</c> on the seeds, given every way a path can be given (absolute, relative, a directory, a
/// feed, standard input), passes Microsoft's SARIF Multitool with the SARIF and GitHub rule kinds: no error and no
/// warning. And the locations say what the writer promises.
/// </summary>
public sealed class SarifValidationTests
{
    public static TheoryData<string> Inputs() => ["absolute", "relative", "directory", "feed", "stdin"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_log_passes_the_SARIF_Multitool_with_the_GitHub_rules(string given)
    {
        using var temp = new TempFiles();
        var (log, _) = await ScoreSeedsAsync(given, temp);
        string path = temp.Write("score.sarif", log);

        var found = SarifMultitool.Validate(path);

        Assert.True(found.Count == 0, $"{given}: the SARIF Multitool reports {found.Count}:\n" + string.Join('\n', found.Distinct().Take(20)));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_result_points_at_the_artifact_it_came_from(string given)
    {
        using var temp = new TempFiles();
        var (log, expectedLine) = await ScoreSeedsAsync(given, temp);
        using var doc = JsonDocument.Parse(log);
        var run = doc.RootElement.GetProperty("runs")[0];
        var bases = run.GetProperty("originalUriBaseIds");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.True(results.Count >= 20, $"only {results.Count} results");
        foreach (var result in results)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var artifact = location.GetProperty("artifactLocation");
            string uri = artifact.GetProperty("uri").GetString()!;
            Assert.False(uri.Contains("..", StringComparison.Ordinal), uri);
            Assert.NotEmpty(result.GetProperty("partialFingerprints").GetProperty("sourceScoreFinding/v1").GetString()!);
            if (given == "stdin")
            {
                Assert.Equal("stdin", uri);
            }
            else
            {
                // The base and the reference make the file's absolute address, and the file is there.
                string baseUri = bases.GetProperty(artifact.GetProperty("uriBaseId").GetString()!).GetProperty("uri").GetString()!;
                string file = new Uri(new Uri(baseUri), uri).LocalPath;
                Assert.True(File.Exists(file), $"{baseUri} + {uri} = {file}, which does not exist");
            }

            if (expectedLine)
            {
                Assert.InRange(location.GetProperty("region").GetProperty("startLine").GetInt32(), 1, 5);
                Assert.True(result.GetProperty("properties").TryGetProperty("textRegion", out _));
            }
            else
            {
                Assert.True(location.GetProperty("region").TryGetProperty("charOffset", out _));
            }
        }
    }

    [Fact]
    public async Task Rules_carry_help_a_help_page_address_and_a_PascalCase_name()
    {
        var result = await CliRunner.RunAsync("score", "--format", "sarif", Path.Combine(TestPaths.SeedsRoot, Seed("001")));
        using var doc = JsonDocument.Parse(result.Stdout);
        var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "SS4006");
        foreach (var rule in rules)
        {
            string id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*$", rule.GetProperty("name").GetString()!);
            Assert.EndsWith($"/docs/rules/{id}.md", rule.GetProperty("helpUri").GetString()!, StringComparison.Ordinal);
            Assert.Contains("How to fix", rule.GetProperty("help").GetProperty("markdown").GetString()!, StringComparison.Ordinal);
            Assert.Contains("Why it matters", rule.GetProperty("help").GetProperty("text").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_finding_keeps_its_fingerprint_when_text_elsewhere_changes()
    {
        string before = Output.SarifScoreWriter.Fingerprint("SS1001", "draft.txt", "< / li >", 0);
        Assert.Equal(before, Output.SarifScoreWriter.Fingerprint("SS1001", "draft.txt", "<  / li >", 0));
        Assert.NotEqual(before, Output.SarifScoreWriter.Fingerprint("SS1001", "draft.txt", "< / li >", 1));
        Assert.NotEqual(before, Output.SarifScoreWriter.Fingerprint("SS1002", "draft.txt", "< / li >", 0));
    }

    private static string Seed(string prefix) => Path.GetFileName(Directory.GetFiles(TestPaths.SeedsRoot, prefix + "_*.txt").Single());

    /// <summary>Scores the seeds given one way; returns the SARIF log and whether results are feed lines.</summary>
    private static async Task<(string Log, bool FeedLines)> ScoreSeedsAsync(string given, TempFiles temp)
    {
        string seeds = TestPaths.SeedsRoot;
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var feed = new StringBuilder();
        foreach (var file in files)
        {
            feed.Append(JsonSerializer.Serialize(new { id = "seed/" + Path.GetFileName(file), text = File.ReadAllText(file) })).Append('\n');
        }

        CliRunner.Result result = given switch
        {
            "absolute" => await CliRunner.RunAsync(["score", "--format", "sarif", .. files.Select(Path.GetFullPath)]),
            "relative" => await CliRunner.RunAsync(["score", "--format", "sarif", .. files.Select(f => Path.GetRelativePath(Directory.GetCurrentDirectory(), f))]),
            "directory" => await CliRunner.RunAsync("score", "--format", "sarif", seeds),
            "feed" => await CliRunner.RunAsync("score", "--format", "sarif", temp.Write("seeds.jsonl", feed.ToString())),
            _ => await CliRunner.RunWithInputAsync(feed.ToString(), "score", "--format", "sarif", "-"),
        };
        Assert.True(result.ExitCode == 0, result.Stderr);
        return (result.Stdout, given is "feed" or "stdin");
    }
}
