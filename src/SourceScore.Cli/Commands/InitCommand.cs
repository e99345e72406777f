using System.CommandLine;

namespace SourceScore.Cli.Commands;

/// <summary><c>sourcescore init</c>: writes a commented starter <c>sourcescore.json</c> (every setting explained, at its default).</summary>
internal static class InitCommand
{
    public static Command Create(CommandContext io)
    {
        var folder = new Argument<string>("folder") { Description = "The folder to write sourcescore.json to (the drafts in it and below it get its settings).", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Replace a sourcescore.json already there." };
        var init = new Command("init", "Write a commented starter sourcescore.json: rule levels, weights, the check's threshold, house lists, overrides.") { folder, force };
        init.SetAction((result, token) => RunAsync(result.GetValue(folder)!, result.GetValue(force), io, token));
        return init;
    }

    private static async Task<int> RunAsync(string folder, bool force, CommandContext io, CancellationToken token)
    {
        if (!Directory.Exists(folder))
        {
            await io.Stderr.WriteLineAsync($"sourcescore: {folder}: no such folder").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        string path = Path.Combine(folder, SourceScoreConfiguration.FileName);
        if (File.Exists(path) && !force)
        {
            await io.Stderr.WriteLineAsync($"sourcescore: {path} already exists; --force replaces it").ConfigureAwait(false);
            return CliApp.UsageOrInputError;
        }

        await File.WriteAllTextAsync(path, SourceScoreConfiguration.Starter, ScoringRun.Utf8, token).ConfigureAwait(false);
        await using var output = new StreamWriter(io.Stdout(), ScoringRun.Utf8);
        await output.WriteLineAsync($"wrote {path}").ConfigureAwait(false);
        return CliApp.Ok;
    }
}
