using System.Text.Json;
using SourceScore.Cli.Tests.Sarif;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests;

/// <summary>
/// sourcescore.json as the tool reads it: found from each input's folder upwards (the nearest wins), <c>--config</c>,
/// <c>--no-config</c>, overrides by path, bad files before anything is scored, <c>init</c>, <c>config --print</c>, and
/// the editor's inline suppressions in every output format.
/// </summary>
public sealed class ConfigurationCommandTests
{
    private static string Seed(string prefix) => File.ReadAllText(Directory.GetFiles(TestPaths.SeedsRoot, prefix + "_*.txt").Single());

    private static string[] RulesOf(CliRunner.Result result) =>
        [.. result.StdoutLines.SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!))];

    [Fact]
    public async Task The_nearest_file_wins_and_config_and_no_config_choose_otherwise()
    {
        using var files = new TempFiles();
        files.Write("sourcescore.json", """{ "rules": { "SS5005": "off" } }""");
        files.Write("desk/sourcescore.json", """{ "rules": { "SS5006": "off" } }""");
        string top = files.Write("story.txt", Seed("002"));
        string desk = files.Write("desk/story.txt", Seed("002"));
        string other = files.Write("elsewhere.json", """{ "rules": { "SS1011": "off" } }""");

        var atTop = await CliRunner.RunAsync("score", top);
        var atDesk = await CliRunner.RunAsync("score", desk);
        var given = await CliRunner.RunAsync("score", "--config", other, desk);
        var none = await CliRunner.RunAsync("score", "--no-config", desk);

        Assert.DoesNotContain("SS5005", RulesOf(atTop));
        Assert.Contains("SS5005", RulesOf(atDesk)); // the desk's own file wins; files are not merged
        Assert.Contains("SS1011", RulesOf(atDesk));
        Assert.DoesNotContain("SS1011", RulesOf(given));
        Assert.Contains("SS5005", RulesOf(given));
        Assert.Contains("SS5005", RulesOf(none));
        Assert.Contains("SS1011", RulesOf(none));
        Assert.All([atTop, atDesk, given, none], r => Assert.Equal(0, r.ExitCode));
        var both = await CliRunner.RunAsync("score", "--config", other, "--no-config", desk);
        Assert.Equal(2, both.ExitCode);
    }

    [Fact]
    public async Task An_override_by_path_sets_the_threshold_of_the_drafts_it_matches()
    {
        using var files = new TempFiles();
        files.Write("sourcescore.json", """
            {
              "failUnder": 40,
              "overrides": [ { "files": "opinion/**", "failUnder": 99 } ]
            }
            """);
        string news = files.Write("news/story.txt", Seed("003"));
        string opinion = files.Write("opinion/2026/story.txt", Seed("003"));

        var passes = await CliRunner.RunAsync("check", news);
        var fails = await CliRunner.RunAsync("check", opinion);
        var given = await CliRunner.RunAsync("check", "--fail-under", "10", opinion);

        Assert.Equal(0, passes.ExitCode);
        Assert.Equal(1, fails.ExitCode);
        Assert.Contains("is below failUnder (", fails.Stderr, StringComparison.Ordinal);
        Assert.Contains(" 99", fails.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, given.ExitCode);
    }

    [Fact]
    public async Task Files_under_two_configurations_are_scored_in_order_each_with_its_own()
    {
        using var files = new TempFiles();
        files.Write("a/sourcescore.json", """{ "rules": { "SS5005": "off" } }""");
        files.Write("a/1.txt", Seed("000"));
        files.Write("a/2.txt", Seed("002"));
        files.Write("b/3.txt", Seed("002"));

        var result = await CliRunner.RunAsync("score", files.Root);

        Assert.Equal(0, result.ExitCode);
        var records = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["1.txt", "2.txt", "3.txt"], records.Select(r => Path.GetFileName(r.GetProperty("id").GetString()!)));
        bool HasByline(JsonElement r) => r.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("rule").GetString() == "SS5005");
        Assert.False(HasByline(records[1]));
        Assert.True(HasByline(records[2]));
    }

    public static TheoryData<string, int, string> BadFiles() => new()
    {
        { "{\n  \"rules\": {\n    \"SS9999\": \"off\"\n  }\n}", 3, "rules.SS9999" },
        { "{\n  \"rules\": {\n    \"SS3001\": 3\n  }\n}", 3, "rules.SS3001" },
        { "{\n  \"weights\": { \"claims\": -0.5 }\n}", 2, "weights.claims" },
        { "{\n  \"overrides\": [\n    { \"files\": \"opinion/[\" }\n  ]\n}", 3, "overrides[0].files" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_one_line_and_exit_code_2_before_anything_is_scored(string json, int line, string key)
    {
        using var files = new TempFiles();
        string config = files.Write("sourcescore.json", json);
        string story = files.Write("story.txt", Seed("003"));

        foreach (var command in new[] { "score", "check" })
        {
            var result = await CliRunner.RunAsync(command, story);

            Assert.Equal(2, result.ExitCode);
            Assert.Empty(result.Stdout);
            var error = Assert.Single(result.StderrLines);
            Assert.StartsWith($"sourcescore: {config}:{line}: {key}: ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_server_refuses_a_bad_file_before_it_starts()
    {
        using var files = new TempFiles();
        string config = files.Write("server.json", "{\n  \"rules\": { \"SS9999\": \"off\" }\n}");

        var result = await CliRunner.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"sourcescore: {config}:2: rules.SS9999: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scoring_on_a_cluster_refuses_a_configuration_rather_than_ignore_it()
    {
        using var files = new TempFiles();
        string config = files.Write("sourcescore.json", "{}");
        string story = files.Write("story.txt", "A story.");

        var result = await CliRunner.RunAsync("score", "--cluster", "Host=127.0.0.1;Port=1;Database=none", "--config", config, story);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--config applies to local scoring", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_writes_a_starter_the_tool_reads_and_does_not_overwrite_it()
    {
        using var files = new TempFiles();

        var first = await CliRunner.RunAsync("init", files.Root);
        var again = await CliRunner.RunAsync("init", files.Root);
        string story = files.Write("story.txt", Seed("003"));
        var check = await CliRunner.RunAsync("check", story);

        Assert.Equal(0, first.ExitCode);
        string path = Path.Combine(files.Root, "sourcescore.json");
        Assert.Equal(SourceScoreConfiguration.Starter, File.ReadAllText(path));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("init", "--force", files.Root)).ExitCode);
    }

    [Fact]
    public async Task Config_print_shows_each_setting_and_where_it_came_from()
    {
        using var files = new TempFiles();
        string config = files.Write("sourcescore.json", """
            {
              "rules": { "SS5005": "off" },
              "overrides": [
                { "files": "opinion/**", "failUnder": 70 },
                { "sources": "wire.example.com", "rules": { "SS3001": "off" } }
              ]
            }
            """);
        string draft = files.Write("opinion/column.md", "A column.");

        var result = await CliRunner.RunAsync("config", "--print", draft);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"configuration: {config}", result.StdoutLines);
        Assert.Contains($"failUnder = 70  ({config}:4 (overrides[0] files opinion/**))", result.StdoutLines);
        Assert.Contains(result.StdoutLines, l => l.StartsWith($"rules.SS5005 = off  ({config}:2)", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith("rules.SS1001 = error  (default)", StringComparison.Ordinal));
        Assert.Contains("weights.claims = 0.25  (default)", result.StdoutLines);
        Assert.Contains("for articles from wire.example.com:", result.StdoutLines);
        Assert.Contains($"  rules.SS3001 = off  ({config}:5 (overrides[1] sources wire.example.com))", result.StdoutLines);

        var none = await CliRunner.RunAsync("config", "--print", "--no-config", draft);
        Assert.Contains("failUnder = 60  (default)", none.StdoutLines);
        Assert.Equal(2, (await CliRunner.RunAsync("config", draft)).ExitCode);
    }

    private static string MarkedDraft(TempFiles files, string name)
    {
        string text = string.Join('\n', [.. Seed("003").Split('\n')[..3], "<!-- sourcescore-disable-next-line SS3001 -- checked with the ministry -->", .. Seed("003").Split('\n')[3..]]);
        return files.Write(name, text);
    }

    [Fact]
    public async Task An_inline_suppression_shows_as_suppressed_in_text_and_jsonl_and_html()
    {
        using var files = new TempFiles();
        string draft = MarkedDraft(files, "draft.md");

        var text = await CliRunner.RunAsync("check", draft);
        var jsonl = await CliRunner.RunAsync("check", "--format", "jsonl", draft);
        var html = await CliRunner.RunAsync("check", "--format", "html", draft);

        Assert.Contains($"{draft}:5:1: suppressed SS3001: ", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("[reason: checked with the ministry]", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("; 1 suppressed in the draft", text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain($"{draft}:5:1: info SS3001", text.Stdout, StringComparison.Ordinal);

        var record = JsonDocument.Parse(jsonl.StdoutLines.Single()).RootElement;
        var suppressed = Assert.Single(record.GetProperty("suppressed").EnumerateArray());
        Assert.Equal("SS3001", suppressed.GetProperty("rule").GetString());
        Assert.Equal(5, suppressed.GetProperty("line").GetInt32());
        Assert.Equal("checked with the ministry", suppressed.GetProperty("justification").GetString());
        Assert.DoesNotContain(record.GetProperty("findings").EnumerateArray(), f => f.GetProperty("line").GetInt32() == 5 && f.GetProperty("rule").GetString() == "SS3001");

        Assert.Contains("<h2>Suppressed in the draft</h2>", html.Stdout, StringComparison.Ordinal);
        Assert.Contains("<em>Reason: checked with the ministry</em>", html.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_suppression_is_a_SARIF_result_with_an_in_source_suppression_and_the_log_is_valid()
    {
        using var files = new TempFiles();
        string draft = MarkedDraft(files, "draft.md");
        string page = files.Write("page.html", "<html><body><article><h1>Sahel alliance</h1><!-- sourcescore-disable-next-line SS3001 -->"
            + "<p>The battalion is expected to have 5,000 personnel and will be the largest force ever seen in the region.</p>"
            + "<p>Ulf Laessing, head of the Sahel program at the Konrad Adenauer Foundation, said the summit showed growing collaboration.</p></article></body></html>");

        var result = await CliRunner.RunAsync("score", "--format", "sarif", draft, page);

        Assert.Equal(0, result.ExitCode);
        using var log = JsonDocument.Parse(result.Stdout);
        var suppressed = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("suppressions", out _)).ToList();
        Assert.Equal(2, suppressed.Count);
        Assert.All(suppressed, r =>
        {
            Assert.Equal("SS3001", r.GetProperty("ruleId").GetString());
            Assert.Equal("inSource", r.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        });
        Assert.Equal("checked with the ministry", suppressed[0].GetProperty("suppressions")[0].GetProperty("justification").GetString());

        // An HTML page's findings point into its extracted text, which SARIF regions cannot name (SarifScoreWriter), so the
        // Multitool's region warning applies to pages whatever their suppressions: the log of the text draft is checked.
        var textLog = await CliRunner.RunAsync("check", "--format", "sarif", draft);
        string path = files.Write("score.sarif", textLog.Stdout);
        var found = SarifMultitool.Validate(path);
        Assert.True(found.Count == 0, string.Join('\n', found.Take(20)));
    }
}
