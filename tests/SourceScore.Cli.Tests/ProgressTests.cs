using Microsoft.Extensions.Time.Testing;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Tests;

public sealed class ProgressTests
{
    private const string Feed = """
        {"id":"a","text":"The council approved the budget on Monday, officials said."}
        {"id":"b","html":"<p>The port reopened on Tuesday after a week of dredging.</p>"}
        {"id":"c","text":"Ships began moving in at dawn, the harbour master said."}

        """;

    [Fact]
    public async Task With_progress_the_totals_go_to_standard_error_and_the_results_stay_clean()
    {
        var result = await CliRunner.RunWithInputAsync(Feed, "score", "-", "--progress");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.StdoutLines.Length);
        Assert.All(result.StdoutLines, l => Assert.StartsWith("{\"id\":", l, StringComparison.Ordinal));
        Assert.Matches(@"^sourcescore: 3 articles in all, [0-9,]+ articles/s, \d\d:\d\d:\d\d elapsed$", Assert.Single(result.StderrLines));
    }

    [Fact]
    public async Task Without_progress_or_a_terminal_standard_error_stays_empty()
    {
        var result = await CliRunner.RunWithInputAsync(Feed, "score", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task On_a_terminal_one_line_is_rewritten_and_ended()
    {
        var result = await CliRunner.RunWithAsync(Feed, errorIsTerminal: true, "score", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.StdoutLines.Length);

        // Each update starts with a carriage return and clears to the end of the line; only the totals end it.
        Assert.StartsWith("\r", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("elapsed\u001b[K" + Environment.NewLine, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.StderrLines);
        Assert.StartsWith("sourcescore: 3 articles in all, ", result.Stderr[(result.Stderr.LastIndexOf('\r') + 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_every_few_seconds_with_the_rate_and_once_more_at_the_end()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var error = new StringWriter();
        var reporter = new ProgressReporter(error, terminal: false, time);
        for (int i = 0; i < 1_000; i++)
        {
            reporter.Add();
        }

        time.Advance(ProgressReporter.LogInterval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(string.Empty, error.ToString());
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("sourcescore: 1,000 articles, 200 articles/s, 00:00:05 elapsed" + Environment.NewLine, error.ToString());

        for (int i = 0; i < 500; i++)
        {
            reporter.Add();
        }

        time.Advance(TimeSpan.FromSeconds(2.5));
        await reporter.DisposeAsync();
        time.Advance(ProgressReporter.LogInterval * 3);
        var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["sourcescore: 1,000 articles, 200 articles/s, 00:00:05 elapsed", "sourcescore: 1,500 articles in all, 200 articles/s, 00:00:07 elapsed"], lines);
    }
}
