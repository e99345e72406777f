using Microsoft.Extensions.Logging;

namespace SourceScore.Cli;

/// <summary>How the tool's hosts (the server, a silo, a cluster client) log: to standard error only, which keeps standard output for records.</summary>
internal static class ToolLogging
{
    /// <summary>Replaces the host's log providers with the console on standard error, from <paramref name="minimum"/> up.</summary>
    public static ILoggingBuilder ToStandardError(this ILoggingBuilder logging, LogLevel minimum)
    {
        logging.ClearProviders();
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging.SetMinimumLevel(minimum);
    }
}
