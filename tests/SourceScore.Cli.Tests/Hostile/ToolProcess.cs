using System.Diagnostics;

namespace SourceScore.Cli.Tests.Hostile;

/// <summary>
/// Runs the built tool (<c>dotnet SourceScore.Cli.dll</c>) as its own process, as a user runs the installed one, and
/// measures what it took: wall time and peak resident memory (VmHWM of <c>/proc/PID/status</c>, read until it exits).
/// A run over its time cap is killed and reported as such.
/// </summary>
internal static class ToolProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr, long PeakBytes, TimeSpan Elapsed, bool TimedOut)
    {
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <param name="args">The tool's arguments.</param>
    /// <param name="stdinFile">A file to give on standard input, or <see langword="null"/> for none.</param>
    /// <param name="workingDirectory">Where the tool runs.</param>
    /// <param name="cap">The time cap.</param>
    /// <param name="asUnprivileged">When the tests run as root, run without root's right to read any file (so that file permissions apply).</param>
    public static async Task<Run> RunAsync(IReadOnlyList<string> args, string? stdinFile, string workingDirectory, TimeSpan cap, bool asUnprivileged = false)
    {
        string tool = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (asUnprivileged && Environment.UserName == "root")
        {
            start.FileName = "setpriv";
            // Still root (so the tool and the SDK are reachable wherever they are installed), but without the capabilities
            // that let root read any file: a file's permission bits then apply.
            foreach (var a in new[] { "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "dotnet" })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(tool);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var feed = Task.Run(async () =>
        {
            try
            {
                if (stdinFile is not null)
                {
                    await using var input = File.OpenRead(stdinFile);
                    await input.CopyToAsync(process.StandardInput.BaseStream);
                }
            }
            catch (IOException)
            {
                // The tool may stop reading (it was killed, or it ended): what it read is what counts.
            }
            finally
            {
                process.StandardInput.Close();
            }
        });

        long peak = 0;
        bool timedOut = false;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
            if (watch.Elapsed > cap)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                break;
            }

            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        watch.Stop();
        await feed;
        return new Run(process.ExitCode, await stdout, await stderr, peak, watch.Elapsed, timedOut);
    }

    /// <summary>The process's peak resident set so far (VmHWM), or 0 once it is gone. setpriv execs the tool, so its pid is the tool's.</summary>
    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
