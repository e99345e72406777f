using System.CommandLine;
using SourceScore.Cli.Commands;

namespace SourceScore.Cli;

/// <summary>
/// The sourcescore command line: parses arguments and runs the command (one file each in <c>Commands/</c>), which
/// reads inputs, streams them through the library's <see cref="Scorer"/> and formats the results per
/// cli-contract.md. No scoring logic lives here.
/// Exit codes: 0 done (for <c>serve</c>, stopped by a signal); 1 check below its threshold; 2 usage error or unreadable input; 130 cancelled.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int BelowThreshold = 1;
    public const int UsageOrInputError = 2;
    public const int Cancelled = 130;

    /// <param name="args">The command line.</param>
    /// <param name="stdin">Opens standard input.</param>
    /// <param name="stdout">Opens standard output.</param>
    /// <param name="stderr">Standard error; written from more than one thread, so it is wrapped to be synchronised.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal: then <c>score</c> shows its progress there.</param>
    /// <param name="cancellationToken">Stops the command (Program cancels it on SIGINT or SIGTERM); results already written are kept, and the exit code is 130.</param>
    public static Task<int> RunAsync(string[] args, Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, bool errorIsTerminal = false, CancellationToken cancellationToken = default) =>
        RunAsync(args, stdin, stdout, stderr, errorIsTerminal, Scorer.CreateDefault, cancellationToken);

    /// <summary>Runs the tool with the scorer <paramref name="createScorer"/> builds over the story index (tests put a failing check in it).</summary>
    internal static async Task<int> RunAsync(string[] args, Func<Stream> stdin, Func<Stream> stdout, TextWriter stderr, bool errorIsTerminal, Func<ICorpusIndex, Scorer> createScorer, CancellationToken cancellationToken)
    {
        stderr = TextWriter.Synchronized(stderr);
        var root = BuildCommands(new CommandContext(stdin, stdout, stderr, errorIsTerminal, createScorer));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"sourcescore: {OneLine(error.Message)} (see 'sourcescore --help')").ConfigureAwait(false);
            }

            return UsageOrInputError;
        }

        try
        {
            // Termination signals are handled by Program (it cancels cancellationToken), not by System.CommandLine.
            var configuration = new InvocationConfiguration { Output = new StreamWriter(stdout(), ScoringRun.Utf8) { AutoFlush = true }, Error = stderr, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
            int code = await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            // A server stopped by a signal has ended as it should, not been cut short.
            bool stopsOnSignal = parsed.CommandResult.Command.Name is ServeCommand.Name or SiloCommand.Name;
            return cancellationToken.IsCancellationRequested && !stopsOnSignal ? await CancelledAsync(stderr).ConfigureAwait(false) : code;
        }
        catch (OperationCanceledException)
        {
            return await CancelledAsync(stderr).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"sourcescore: {ex.Message}").ConfigureAwait(false);
            return UsageOrInputError;
        }
    }

    private static async Task<int> CancelledAsync(TextWriter stderr)
    {
        await stderr.WriteLineAsync("sourcescore: cancelled; results written so far are complete").ConfigureAwait(false);
        return Cancelled;
    }

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static RootCommand BuildCommands(CommandContext io)
    {
        var root = new RootCommand("sourcescore: how far a news article can be trusted. Scores garbled markup and other signals, with findings to act on.");
        root.Subcommands.Add(ScoreCommand.Create(io));
        root.Subcommands.Add(CheckCommand.Create(io));
        root.Subcommands.Add(RulesCommand.Create(io));
        root.Subcommands.Add(StanceCommand.Create(io));
        root.Subcommands.Add(SourcesCommand.Create(io));
        root.Subcommands.Add(ServeCommand.Create(io));
        root.Subcommands.Add(ClusterCommand.Create(io));
        root.Subcommands.Add(SiloCommand.Create(io));
        root.Subcommands.Add(InitCommand.Create(io));
        root.Subcommands.Add(ConfigCommand.Create(io));
        return root;
    }
}
