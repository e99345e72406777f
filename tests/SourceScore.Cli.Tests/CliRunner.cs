using System.Text;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests;

/// <summary>Runs the tool in-process with captured standard streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Task<Result> RunWithInputAsync(string stdin, params string[] args) => RunWithAsync(stdin, errorIsTerminal: false, args);

    public static async Task<Result> RunWithAsync(string stdin, bool errorIsTerminal, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        int code = await CliApp.RunAsync(args, () => input, () => new NonClosingStream(output), error, errorIsTerminal);
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    /// <summary>Runs the tool with a scorer of the test's making over the tool's story index.</summary>
    public static async Task<Result> RunWithScorerAsync(Func<ICorpusIndex, Scorer> createScorer, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        int code = await CliApp.RunAsync(args, () => new MemoryStream(), () => new NonClosingStream(output), error, errorIsTerminal: false, createScorer, CancellationToken.None);
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
