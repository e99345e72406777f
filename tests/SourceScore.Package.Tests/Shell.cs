using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace SourceScore.Package.Tests;

/// <summary>
/// Runs commands with bash (stopping at the first that fails) as a user with a fresh home folder: HOME, the .NET
/// CLI home and the NuGet cache all point into it, the global tools folder is on the PATH, and nothing of the
/// test host's own MSBuild environment leaks in.
/// </summary>
internal sealed class Shell(string home, ITestOutputHelper log)
{
    public sealed record Result(int ExitCode, string Output);

    public async Task<Result> RunAsync(string script, string workingDirectory, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -euo pipefail -x\n" + script);

        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("NUGET", StringComparison.OrdinalIgnoreCase) || name is "DOTNET_CLI_HOME" or "ArtifactsPath")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["NUGET_PACKAGES"] = Path.Combine(home, ".nuget", "packages");
        start.Environment["PATH"] = Path.Combine(home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        // No build servers or compiler servers left running after the step: they would hold its output open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var gate = new Lock();
        void Keep(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    output.AppendLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Keep($"(killed after {timeout})");
        }

        process.WaitForExit();
        string text;
        lock (gate)
        {
            text = output.ToString();
        }

        log.WriteLine($"$ (in {workingDirectory})\n{script}\n{text}");
        return new Result(process.HasExited && !deadline.IsCancellationRequested ? process.ExitCode : -1, text);
    }
}
