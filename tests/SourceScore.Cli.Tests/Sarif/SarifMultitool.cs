using System.Diagnostics;
using System.Text.Json;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests.Sarif;

/// <summary>
/// Microsoft's SARIF Multitool (npm <c>@microsoft/sarif-multitool</c> 5.7.0), a validator no one here wrote:
/// <c>$SOURCESCORE_SARIF_MULTITOOL</c>, else the copy <c>eng/install-sarif-multitool.sh</c> puts under
/// <c>artifacts/tools/</c> (.ci/run runs it). Missing, it fails the test that needs it, saying how to install it.
/// </summary>
internal static class SarifMultitool
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    public static string Executable
    {
        get
        {
            if (Environment.GetEnvironmentVariable("SOURCESCORE_SARIF_MULTITOOL") is { Length: > 0 } configured)
            {
                return File.Exists(configured) ? configured : throw new InvalidOperationException($"SOURCESCORE_SARIF_MULTITOOL names {configured}, which does not exist.");
            }

            string local = Path.Combine(TestPaths.RepoRoot, "artifacts", "tools", "sarif-multitool", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
            return File.Exists(local)
                ? local
                : throw new InvalidOperationException("The SARIF Multitool was not found. Run eng/install-sarif-multitool.sh (.ci/run does) or set SOURCESCORE_SARIF_MULTITOOL to Sarif.Multitool.");
        }
    }

    /// <summary>
    /// Runs <c>validate --rule-kind "Gh;Sarif"</c> on the log, reporting errors and warnings, and returns what it
    /// found (rule id and message), read from the validator's own SARIF output.
    /// </summary>
    public static List<string> Validate(string sarifPath)
    {
        string output = sarifPath + ".validation.sarif";
        File.Delete(output);
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--output", output, sarifPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The SARIF Multitool did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The SARIF Multitool did not finish within {s_timeout.TotalMinutes} minutes.");
        }

        if (!File.Exists(output))
        {
            throw new InvalidOperationException($"The SARIF Multitool wrote no log (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        }

        using var log = JsonDocument.Parse(File.ReadAllText(output));
        var run = log.RootElement.GetProperty("runs")[0];
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        var driver = run.GetProperty("tool").GetProperty("driver");
        foreach (var rule in driver.TryGetProperty("rules", out var rules) ? rules.EnumerateArray() : default)
        {
            foreach (var message in rule.GetProperty("messageStrings").EnumerateObject())
            {
                messages[rule.GetProperty("id").GetString() + "/" + message.Name] = message.Value.GetProperty("text").GetString()!;
            }
        }

        var found = new List<string>();
        foreach (var result in run.TryGetProperty("results", out var results) ? results.EnumerateArray() : default)
        {
            string id = result.GetProperty("ruleId").GetString()!;
            var message = result.GetProperty("message");
            string text = messages.GetValueOrDefault(id + "/" + message.GetProperty("id").GetString(), string.Empty);
            if (message.TryGetProperty("arguments", out var arguments))
            {
                int k = 0;
                foreach (var argument in arguments.EnumerateArray())
                {
                    text = text.Replace("{" + k++ + "}", argument.GetString(), StringComparison.Ordinal);
                }
            }

            found.Add($"{id} ({(result.TryGetProperty("level", out var level) ? level.GetString() : "warning")}): {text}");
        }

        return found;
    }
}
