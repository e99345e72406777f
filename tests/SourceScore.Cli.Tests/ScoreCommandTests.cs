using System.Text.Json;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static string Example(string name) => Path.Combine(TestPaths.RepoRoot, "examples", name);

    [Fact]
    public async Task Scores_a_directory_in_path_order_with_contract_fields()
    {
        var result = await CliRunner.RunAsync("score", TestPaths.SeedsRoot);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var records = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, records.Count);
        var ids = records.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        foreach (var r in records)
        {
            Assert.Equal(string.Empty, r.GetProperty("source").GetString());
            Assert.InRange(r.GetProperty("overall").GetDouble(), 0, 100);
            Assert.InRange(r.GetProperty("signals").GetProperty("markup").GetProperty("risk").GetDouble(), 0, 1);
            foreach (var f in r.GetProperty("findings").EnumerateArray())
            {
                Assert.Matches("^SS[1-5][0-9]{3}$", f.GetProperty("rule").GetString());
                Assert.Contains(f.GetProperty("signal").GetString(), new[] { "markup", "machine", "claims", "agreement", "source" });
                Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
                Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
                Assert.True(f.GetProperty("start").GetInt32() >= 0);
                Assert.True(f.GetProperty("length").GetInt32() >= 0);
                Assert.True(f.GetProperty("line").GetInt32() >= 1);
                Assert.True(f.GetProperty("column").GetInt32() >= 1);
                Assert.True(f.TryGetProperty("excerpt", out _));
            }
        }
    }

    [Fact]
    public async Task Offsets_point_straight_into_a_text_file()
    {
        var path = Example("damaged.txt");
        var result = await CliRunner.RunAsync("score", path, "--include-text");
        var record = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement;
        string file = File.ReadAllText(path);
        Assert.Equal(file, record.GetProperty("text").GetString());
        foreach (var f in record.GetProperty("findings").EnumerateArray())
        {
            string excerpt = f.GetProperty("excerpt").GetString()!;
            string actual = file.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32());
            Assert.StartsWith(excerpt.TrimEnd('…'), actual, StringComparison.Ordinal);
            var lines = file[..f.GetProperty("start").GetInt32()].Split('\n');
            Assert.Equal(lines.Length, f.GetProperty("line").GetInt32());
            Assert.Equal(lines[^1].Length + 1, f.GetProperty("column").GetInt32());
        }
    }

    [Fact]
    public async Task Detail_adds_the_per_sentence_claims_view_exactly_as_the_contract_has_it()
    {
        var path = Path.Combine(TestPaths.SeedsRoot, "000_e8fb869b46d61211.txt");
        var plain = JsonDocument.Parse(Assert.Single((await CliRunner.RunAsync("score", path)).StdoutLines)).RootElement;
        Assert.False(plain.TryGetProperty("sentences", out _));

        var result = await CliRunner.RunAsync("score", path, "--detail");
        Assert.Equal(0, result.ExitCode);
        var record = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement;
        var claims = record.GetProperty("signals").GetProperty("claims");
        Assert.Equal(["risk", "assessed", "checkworthy", "unsupported"], claims.EnumerateObject().Select(p => p.Name));
        string file = File.ReadAllText(path);
        var sentences = record.GetProperty("sentences").EnumerateArray().ToList();
        Assert.True(sentences.Count > 20);
        int checkWorthy = 0, unsupported = 0, end = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(["start", "length", "checkworthy", "attribution", "hedged", "verdict"], s.EnumerateObject().Select(p => p.Name));
            int start = s.GetProperty("start").GetInt32(), length = s.GetProperty("length").GetInt32();
            Assert.True(start >= end && length > 0 && start + length <= file.Length);
            end = start + length;
            Assert.InRange(s.GetProperty("checkworthy").GetDouble(), 0, 1);
            var attribution = s.GetProperty("attribution");
            if (attribution.ValueKind != JsonValueKind.Null)
            {
                Assert.Equal(["start", "length", "kind"], attribution.EnumerateObject().Select(p => p.Name));
                Assert.Contains(attribution.GetProperty("kind").GetString(), new[] { "named", "vague" });
                Assert.InRange(attribution.GetProperty("start").GetInt32() + attribution.GetProperty("length").GetInt32(), 1, file.Length);
            }

            Assert.True(s.GetProperty("hedged").ValueKind is JsonValueKind.True or JsonValueKind.False);
            string verdict = s.GetProperty("verdict").GetString()!;
            Assert.Contains(verdict, new[] { "supported", "unsupported", "vague", "not-checkworthy" });
            checkWorthy += verdict == "not-checkworthy" ? 0 : 1;
            unsupported += verdict is "unsupported" or "vague" ? 1 : 0;
        }

        Assert.Equal(checkWorthy, claims.GetProperty("checkworthy").GetInt32());
        Assert.Equal(unsupported, claims.GetProperty("unsupported").GetInt32());
    }

    [Fact]
    public async Task Html_input_is_extracted_and_text_can_be_included()
    {
        var result = await CliRunner.RunAsync("score", Example("article.html"), "--include-text");
        var record = JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement;
        string text = record.GetProperty("text").GetString()!;
        Assert.StartsWith("PORTHAVEN — The city council", text, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_feed_from_standard_input_and_skips_bad_lines_with_their_number()
    {
        const string feed = "{\"id\":\"a\",\"text\":\"A clean sentence about the harbour.\",\"source\":\"example.com\"}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"html\":\"<p>x <b>y</b></p>\",\"published\":\"2025-01-02T03:04:05Z\"}\n{\"id\":\"d\",\"text\":\"t\",\"published\":\"yesterday\"}\n";
        var result = await CliRunner.RunWithInputAsync(feed, "score", "-");
        Assert.Equal(2, result.ExitCode);
        var ids = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(["a", "c"], ids);
        Assert.Equal("example.com", JsonDocument.Parse(result.StdoutLines[0]).RootElement.GetProperty("source").GetString());
        Assert.Equal(3, result.StderrLines.Length);
        Assert.StartsWith("sourcescore: -:2: ", result.StderrLines[0], StringComparison.Ordinal);
        Assert.StartsWith("sourcescore: -:3: ", result.StderrLines[1], StringComparison.Ordinal);
        Assert.StartsWith("sourcescore: -:5: ", result.StderrLines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("id")]
    public async Task A_feed_line_whose_string_holds_a_lone_surrogate_escape_is_reported_and_skipped(string field)
    {
        // Valid JSON syntax, invalid text: System.Text.Json refuses to unescape it, which once ended the whole run.
        string bad = field == "id" ? "{\"id\":\"x\\ud800\",\"text\":\"A sentence.\"}" : "{\"id\":\"b\",\"" + field + "\":\"Broken \\udc00 text.\"}";
        string feed = "{\"id\":\"a\",\"text\":\"A clean sentence about the harbour.\"}\n" + bad + "\n{\"id\":\"c\",\"text\":\"Another clean sentence.\"}\n";
        var result = await CliRunner.RunWithInputAsync(feed, "score", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["a", "c"], result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal($"sourcescore: -:2: \"{field}\" holds an escape that is not valid Unicode text (a lone surrogate)", Assert.Single(result.StderrLines));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("latin1")]
    [InlineData("unsupported")]
    public async Task Unreadable_input_gives_one_line_and_exit_code_2_and_the_rest_is_scored(string kind)
    {
        using var temp = new TempFiles();
        string bad = kind switch
        {
            "missing" => Path.Combine(temp.Root, "nope.txt"),
            "empty" => temp.Write("empty.txt", string.Empty),
            "binary" => temp.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]),
            "latin1" => temp.WriteBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9]),
            _ => temp.Write("data.pdf", "%PDF"),
        };
        string good = temp.Write("good.txt", "A clean sentence about the harbour barrier.");
        var result = await CliRunner.RunAsync("score", bad, good);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith($"sourcescore: {bad}: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.StdoutLines);
    }

    [Fact]
    public async Task Usage_error_is_one_line_and_exit_code_2()
    {
        var result = await CliRunner.RunAsync("score", "--format", "yaml", "x.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.StderrLines);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Text_format_lists_findings_as_file_line_column()
    {
        var path = Example("damaged.txt");
        var result = await CliRunner.RunAsync("score", path, "--format", "text");
        Assert.Contains($"{path}:2:175: error SS1001: HTML tag fragment leaked into the text: '< / p >'; remove it", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Found by fuzzing (eng/fuzz.sh feed): a page declaring UTF-7 threw out of the reader and ended the run.</summary>
    [Fact]
    public async Task A_feed_page_declaring_an_unsupported_encoding_is_scored_with_the_rest()
    {
        string page = "<html><head><meta charset=\"utf-7\"></head><body><article><p>The harbour barrier opened on Tuesday after a decade of delays, the council said.</p></article></body></html>";
        string feed = JsonSerializer.Serialize(new { id = "utf7", html = page }) + "\n" + JsonSerializer.Serialize(new { id = "next", text = "The council met on Tuesday." }) + "\n";
        var result = await CliRunner.RunWithInputAsync(feed, "score", "-");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(2, result.StdoutLines.Length);
    }

    [Fact]
    public async Task Rules_lists_every_rule()
    {
        var result = await CliRunner.RunAsync("rules", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var ids = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString()).ToList();

        // Every rule the tool can report: the agreement signal's too, as score and check run with a story index.
        using var index = new CorpusIndex();
        Assert.Equal(Scorer.CreateDefault(index).Rules.Select(r => r.Id), ids);
        Assert.Contains("SS4006", ids);
    }
}
