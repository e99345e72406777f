using System.Globalization;
using System.Text;
using System.Text.Json;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests.Hostile;

/// <summary>
/// The hostile-input matrix (docs/limits.md): each row is an input a feed or a user can hand the tool, run through the
/// built tool as its own process (<c>sourcescore score</c>), with its documented outcome — scored, or one clear line
/// on standard error and exit 2 with everything else in the run still scored — under a memory cap of 1 GB and a time
/// cap of 60 s. Each row's peak memory and time are written to <c>artifacts/hostile-matrix.tsv</c> for the table.
/// Linux only (it reads /proc, makes FIFOs and, as root, drops root's right to read any file with setpriv), as is CI.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputMatrixTests
{
    private const long MemoryCap = 1L << 30;
    private static readonly TimeSpan s_timeCap = TimeSpan.FromSeconds(60);
    private const string Good = "The council approved the budget on Tuesday after a long debate, its chair said.";

    /// <summary>One row: what it is, how its input is made (in the folder given; returns the tool's arguments and a file for standard input), what must come out.</summary>
    private sealed record Row(string Name, string Input, string Outcome, Func<string, (string[] Args, string? Stdin)> Make, int ExitCode, Action<ToolProcess.Run> Check, bool Unprivileged = false)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<string> Names() => [.. Rows.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_hostile_input_has_its_documented_outcome_within_the_caps(string name)
    {
        var row = Rows.Single(r => r.Name == name);
        using var temp = new TempFiles();
        var (args, stdin) = row.Make(temp.Root);

        var run = await ToolProcess.RunAsync(args, stdin, temp.Root, s_timeCap, row.Unprivileged);

        Record(row, run);
        Assert.False(run.TimedOut, $"{name}: still running after {s_timeCap.TotalSeconds} s");
        Assert.True(run.PeakBytes < MemoryCap, $"{name}: peak memory {run.PeakBytes / (1 << 20)} MiB");
        Assert.True(run.PeakBytes > 0, $"{name}: no memory reading");
        Assert.True(run.ExitCode == row.ExitCode, $"{name}: exit {run.ExitCode}, expected {row.ExitCode}; stderr: {Shorten(run.Stderr)}");
        if (row.ExitCode == 2)
        {
            // One clear line for each thing that could not be read, naming it, and nothing else on standard error.
            Assert.NotEmpty(run.Stderr.Trim());
            Assert.All(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("sourcescore: ", l, StringComparison.Ordinal));
        }

        row.Check(run);
    }

    private static readonly Row[] Rows =
    [
        // HTML
        new("html-nested-100000", "HTML nested 100,000 elements deep", "scored; SS5003 (nesting past the limit flattened)",
            d => Args(d, "deep.html", "<html><body>" + Repeat("<div>", 100_000) + "<p>" + Good + "</p></body></html>"),
            0, r => Scored(r, 1, "SS5003")),
        new("html-million-entities", "1,000,000 entities in a page", "scored",
            d => Args(d, "entities.html", "<html><body><p>" + Good + "</p><p>" + Repeat("&amp;&#8217;&nbsp;", 333_334) + "</p></body></html>"),
            0, r => Scored(r, 1)),
        new("html-100mb-one-line", "a 100 MB page on one line", "scored; SS5002 (the page past 8,000,000 characters is cut)",
            d => Args(d, "huge.html", "<html><body><p>" + Repeat(Good + " ", 100_000_000 / (Good.Length + 1)) + "</p></body></html>"),
            0, r => Scored(r, 1, "SS5002")),
        new("html-only-tags", "a page that is all tags and no text", "scored 0 with SS5009 (no article text)",
            d => Args(d, "tags.html", "<html><body>" + Repeat("<div><span><b></b></span></div>", 50_000) + "</body></html>"),
            0, r => Scored(r, 1, "SS5009")),
        new("html-unclosed-comment", "an unclosed comment at the start of a page", "scored 0 with SS5009 (everything is comment)",
            d => Args(d, "comment.html", "<!-- " + Good + "<p>" + Good + "</p>"),
            0, r => Scored(r, 1, "SS5009")),
        new("html-unclosed-script", "an unclosed script at the start of a page", "scored 0 with SS5009 (everything is script)",
            d => Args(d, "script.html", "<script>var a = 1; " + Good + "<p>" + Good + "</p>"),
            0, r => Scored(r, 1, "SS5009")),

        // Text
        new("text-nul", "text with a NUL byte", "one line (binary file, the byte's offset); the other file scored",
            d => ArgsBytes(d, ("nul.txt", Encoding.UTF8.GetBytes("The council met.\0 It voted.")), ("good.txt", Encoding.UTF8.GetBytes(Good))),
            2, r => { Scored(r, 1); Assert.Contains("NUL byte at offset 16", r.Stderr, StringComparison.Ordinal); }),
        new("text-control-bytes", "text with other control bytes", "scored; SS1009 (control character)",
            d => Args(d, "control.txt", "The council\u0001 met\u001b[0m on Tuesday.\u0007 " + Good),
            0, r => Scored(r, 1, "SS1009")),
        new("text-invalid-utf8", "invalid UTF-8", "one line (not UTF-8, the first bad byte's offset); the other file scored",
            d => ArgsBytes(d, ("bad.txt", [.. Encoding.UTF8.GetBytes("The caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" closed.")]), ("good.txt", Encoding.UTF8.GetBytes(Good))),
            2, r => { Scored(r, 1); Assert.Contains("bad.txt", r.Stderr, StringComparison.Ordinal); Assert.Contains("offset 7", r.Stderr, StringComparison.Ordinal); }),
        new("feed-lone-surrogate", "a lone UTF-16 surrogate escaped in a JSON string", "the line reported and skipped; the next line scored",
            d => Stdin(d, "{\"id\":\"a\",\"text\":\"The caf\\ud800 closed.\"}\n" + Line("b", Good)),
            2, r => { Scored(r, 1); Assert.Contains("-:1:", r.Stderr, StringComparison.Ordinal); }),
        new("text-bom-mid-file", "a byte-order mark in the middle of a file", "scored",
            d => Args(d, "bom.txt", Good + "\n\n\uFEFF" + Good),
            0, r => Scored(r, 1)),
        new("text-cr-only", "CR-only line ends", "scored; findings on the right line",
            d => Args(d, "cr.txt", Good + "\r" + Good + "\rThe minister met wiht teh delegation."),
            0, r => { Scored(r, 1); Assert.Contains("\"line\":3", r.Stdout, StringComparison.Ordinal); }),
        new("text-rtl-zero-width", "right-to-left and zero-width characters", "scored",
            d => Args(d, "rtl.txt", "\u202Eالمجلس وافق على الميزانية\u202C " + Good + " Zero\u200Bwidth\u200Djoin\u2060ers and \u200Fמרקם\u200E text."),
            0, r => Scored(r, 1)),
        new("text-50mb-sentence", "a 50 MB single sentence", "scored; SS5001 (only the first 1,000,000 characters checked)",
            d => Args(d, "sentence.txt", Repeat("council budget debate vote ", 50_000_000 / 27)),
            0, r => Scored(r, 1, "SS5001")),

        // Feeds
        new("feed-200mb-line", "a 200 MB feed line", "the line reported (longer than 64 MiB) and skipped; the next line scored",
            d => Stdin(d, "{\"id\":\"a\",\"text\":\"" + Repeat("word ", 40_000_000) + "\"}\n" + Line("b", Good)),
            2, r => { Scored(r, 1); Assert.Contains("-:1:", r.Stderr, StringComparison.Ordinal); }),
        new("feed-nested-10000", "JSON nested 10,000 deep", "the line reported (too deep) and skipped; the next line scored",
            d => Stdin(d, "{\"id\":\"a\",\"text\":\"x\",\"extra\":" + Repeat("[", 10_000) + Repeat("]", 10_000) + "}\n" + Line("b", Good)),
            2, r => { Scored(r, 1); Assert.Contains("-:1:", r.Stderr, StringComparison.Ordinal); }),
        new("feed-duplicate-keys", "duplicate keys in a feed line", "the line reported (duplicate property) and skipped; the next line scored",
            d => Stdin(d, "{\"id\":\"a\",\"id\":\"b\",\"text\":\"" + Good + "\"}\n" + Line("c", Good)),
            2, r => { Scored(r, 1); Assert.Contains("Duplicate property 'id'", r.Stderr, StringComparison.Ordinal); }),
        new("feed-overflowing-numbers", "numbers that overflow in a feed line", "scored (fields the contract does not name are ignored); a number where a string belongs is reported",
            d => Stdin(d, "{\"id\":\"a\",\"text\":\"" + Good + "\",\"count\":1e999,\"n\":123456789012345678901234567890123}\n{\"id\":1e999,\"text\":\"x\"}\n"),
            2, r => { Scored(r, 1); Assert.Contains("\"id\" must be a string", r.Stderr, StringComparison.Ordinal); }),
        new("feed-missing-or-wrong-field", "a missing or wrong-typed field", "each line reported and skipped; the good line scored",
            d => Stdin(d, "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":5}\n" + Line("c", Good)),
            2, r => { Scored(r, 1); Assert.Contains("-:1:", r.Stderr, StringComparison.Ordinal); Assert.Contains("-:2:", r.Stderr, StringComparison.Ordinal); }),
        new("feed-truncated-last-line", "a truncated last line", "the line reported and skipped; the lines before it scored",
            d => Stdin(d, Line("a", Good) + "{\"id\":\"b\",\"text\":\"The coun"),
            2, r => { Scored(r, 1); Assert.Contains("-:2:", r.Stderr, StringComparison.Ordinal); }),
        new("feed-million-empty-lines", "1,000,000 empty lines, then an article", "the empty lines skipped; the article scored",
            d => Stdin(d, Repeat("\n", 1_000_000) + Line("a", Good)),
            0, r => Scored(r, 1)),

        // Files
        new("files-symlink-loop", "a directory loop through symbolic links", "each file scored once (links to directories are not followed)",
            d =>
            {
                Directory.CreateDirectory(Path.Combine(d, "tree", "a"));
                File.WriteAllText(Path.Combine(d, "tree", "a", "story.txt"), Good);
                File.CreateSymbolicLink(Path.Combine(d, "tree", "a", "back"), "..");
                return (["score", "tree"], null);
            },
            0, r => Scored(r, 1)),
        new("files-unreadable", "an unreadable file", "one line (permission denied); the other file scored",
            d =>
            {
                var locked = Path.Combine(d, "locked.txt");
                File.WriteAllText(locked, Good);
                File.SetUnixFileMode(locked, UnixFileMode.None);
                File.WriteAllText(Path.Combine(d, "good.txt"), Good);
                return (["score", "locked.txt", "good.txt"], null);
            },
            2, r => { Scored(r, 1); Assert.Contains("locked.txt", r.Stderr, StringComparison.Ordinal); }, Unprivileged: true),
        new("files-fifo", "a FIFO (named pipe) given as a file", "one line (not a regular file), no wait for a writer; the other file scored",
            d =>
            {
                MakeFifo(Path.Combine(d, "pipe.txt"));
                File.WriteAllText(Path.Combine(d, "good.txt"), Good);
                return (["score", "pipe.txt", "good.txt"], null);
            },
            2, r => { Scored(r, 1); Assert.Contains("pipe.txt", r.Stderr, StringComparison.Ordinal); }),
    ];

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    private static string Line(string id, string text) => JsonSerializer.Serialize(new { id, text }) + "\n";

    private static (string[], string?) Args(string dir, string name, string content)
    {
        File.WriteAllText(Path.Combine(dir, name), content, new UTF8Encoding(false));
        return (["score", name], null);
    }

    private static (string[], string?) ArgsBytes(string dir, params (string Name, byte[] Bytes)[] files)
    {
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
        }

        return (["score", .. files.Select(f => f.Name)], null);
    }

    private static (string[], string?) Stdin(string dir, string feed)
    {
        string path = Path.Combine(dir, "stdin.jsonl");
        File.WriteAllText(path, feed, new UTF8Encoding(false));
        return (["score", "-"], path);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]) ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>The run wrote this many records, each a whole JSON object with an overall score (or null), and the rules named are among their findings.</summary>
    private static void Scored(ToolProcess.Run run, int records, params string[] rules)
    {
        var lines = run.StdoutLines;
        Assert.True(lines.Length == records, $"{lines.Length} records, expected {records}; stderr: {Shorten(run.Stderr)}");
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.True(doc.RootElement.TryGetProperty("overall", out _));
            foreach (var finding in doc.RootElement.GetProperty("findings").EnumerateArray())
            {
                found.Add(finding.GetProperty("rule").GetString()!);
            }
        }

        foreach (var rule in rules)
        {
            Assert.True(found.Contains(rule), $"no {rule} among {string.Join(", ", found)}");
        }
    }

    private static string Shorten(string s) => s.Length <= 400 ? s : s[..400] + "…";

    private static readonly object s_lock = new();

    /// <summary>Appends the row's measurements to artifacts/hostile-matrix.tsv (for docs/limits.md's table).</summary>
    private static void Record(Row row, ToolProcess.Run run)
    {
        string path = Path.Combine(TestPaths.RepoRoot, "artifacts", "hostile-matrix.tsv");
        lock (s_lock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"{row.Name}\t{row.Input}\t{row.Outcome}\t{run.ExitCode}\t{run.PeakBytes / (1 << 20)}\t{run.Elapsed.TotalSeconds:0.0}\n"));
        }
    }
}
