using System.Diagnostics;
using System.Text.Json;

namespace SourceScore.Cli.Tests;

/// <summary>Ctrl-C (SIGINT) on a real <c>sourcescore score</c> process reading an endless feed.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Sigint_stops_a_feed_cleanly_and_keeps_every_result_already_written()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "SourceScore.Cli.dll"), "score", "-", "--progress" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // Feed articles until the process stops reading (it exits once cancelled).
        var feeding = Task.Run(async () =>
        {
            try
            {
                for (int i = 0; !deadline.IsCancellationRequested; i++)
                {
                    string line = JsonSerializer.Serialize(new { id = $"a{i}", text = $"Story {i}: the council approved the budget on Monday after a long debate, officials said. Work starts in May." });
                    await process.StandardInput.WriteLineAsync(line.AsMemory(), deadline.Token);
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
}
