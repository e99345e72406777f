using System.Diagnostics;
using System.Text.Json;

namespace SourceScore.Cli.Tests;

/// <summary>
/// Ctrl-C (SIGINT) on a real <c>sourcescore score</c> process reading a feed from standard input. The tests wait for
/// events (records read, the process's exit), never for a time; the one deadline is a generous bound that only a hang
/// reaches, so a busy machine makes them slower, not red.
/// </summary>
public sealed class CancellationTests
{
    private static readonly TimeSpan s_hangBound = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Sigint_stops_a_feed_cleanly_and_keeps_every_result_already_written()
    {
        using var process = StartScoring();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(s_hangBound);

        // Feed articles until the process stops reading (it exits once cancelled).
        var feeding = Task.Run(async () =>
        {
            try
            {
                for (int i = 0; !deadline.IsCancellationRequested; i++)
                {
                    await process.StandardInput.WriteLineAsync(Line(i).AsMemory(), deadline.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The tool stopped reading: it was cancelled.
            }
        });

        var lines = new List<string>();
        bool interrupted = false;
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            lines.Add(line);
            if (lines.Count == 50 && !interrupted)
            {
                using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync(deadline.Token);
                interrupted = true;
            }
        }

        await process.WaitForExitAsync(deadline.Token);
        await deadline.CancelAsync();
        await feeding;
        string stderr = await errors;

        Assert.True(interrupted);
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("cancelled; results written so far are complete", stderr, StringComparison.Ordinal);

        // Every line written is a whole record, in input order, and the totals count exactly those.
        Assert.True(lines.Count >= 50);
        for (int i = 0; i < lines.Count; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            Assert.Equal($"a{i}", record.RootElement.GetProperty("id").GetString());
        }

        Assert.Contains($"sourcescore: {lines.Count:N0} articles in all, ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigint_stops_a_quiet_feed_that_is_waiting_for_its_next_line()
    {
        using var process = StartScoring();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(s_hangBound);

        // Twenty articles, then nothing more, with standard input left open: the tool scores them and waits for more.
        for (int i = 0; i < 20; i++)
        {
            await process.StandardInput.WriteLineAsync(Line(i).AsMemory(), deadline.Token);
        }

        await process.StandardInput.FlushAsync(deadline.Token);
        var lines = new List<string>();
        while (lines.Count < 20 && await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            lines.Add(line);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(deadline.Token);
        }

        // Before the fix the tool sat in its read of standard input until the next line came, which never did.
        string rest = await process.StandardOutput.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        string stderr = await errors;

        Assert.Equal(130, process.ExitCode);
        Assert.Equal(string.Empty, rest);
        Assert.Equal(20, lines.Count);
        Assert.Contains("cancelled; results written so far are complete", stderr, StringComparison.Ordinal);
        Assert.Contains("sourcescore: 20 articles in all, ", stderr, StringComparison.Ordinal);
    }

    // The tool runs as a user's shell runs it in the foreground, with SIGINT at its default disposition. A process
    // started from a background job of a non-interactive shell (a CI script run with '&', nohup) inherits SIGINT
    // ignored, the runtime keeps ignoring it as POSIX asks, and Ctrl-C could never reach the tool: perl (Debian's
    // essential perl-base) sets SIGINT back to its default and execs the tool.
    private static Process StartScoring()
    {
        var start = new ProcessStartInfo("perl")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec $ARGV[0]: $!\"", "dotnet", Path.Combine(AppContext.BaseDirectory, "SourceScore.Cli.dll"), "score", "-", "--progress" })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static string Line(int i) =>
        JsonSerializer.Serialize(new { id = $"a{i}", text = $"Story {i}: the council approved the budget on Monday after a long debate, officials said. Work starts in May." });
}
