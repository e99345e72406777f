using System.CommandLine;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Commands;

/// <summary><c>sourcescore rules</c>: every rule with its id, signal, default severity and description.</summary>
internal static class RulesCommand
{
    public static Command Create(CommandContext io)
    {
        var rulesFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        rulesFormat.AcceptOnlyFromAmong("text", "jsonl");
        var rules = new Command("rules", "List every rule with its id, signal, default severity and description.") { rulesFormat };
        rules.SetAction((result, token) => RunAsync(result.GetValue(rulesFormat)!, io.Stdout, token));
        return rules;
    }

    private static async Task<int> RunAsync(string format, Func<Stream> stdout, CancellationToken token)
    {
        var scorer = Scorer.CreateDefault();
        var output = stdout();
        if (format == "jsonl")
        {
            foreach (var rule in scorer.Rules)
            {
                await using var w = new System.Text.Json.Utf8JsonWriter(output, JsonlScoreWriter.WriterOptions);
                w.WriteStartObject();
                w.WriteString("rule", rule.Id);
                w.WriteString("signal", rule.Signal.ToName());
                w.WriteString("severity", rule.DefaultSeverity.ToName());
                w.WriteString("title", rule.Title);
                w.WriteString("description", rule.Description);
                w.WriteEndObject();
                await w.FlushAsync(token).ConfigureAwait(false);
                output.WriteByte((byte)'\n');
            }

            await output.FlushAsync(token).ConfigureAwait(false);
            return CliApp.Ok;
        }

        await using var text = new StreamWriter(output, ScoringRun.Utf8);
        foreach (var rule in scorer.Rules)
        {
            await text.WriteLineAsync($"{rule.Id}  {rule.Signal.ToName(),-9}  {rule.DefaultSeverity.ToName(),-7}  {rule.Title}".AsMemory(), token).ConfigureAwait(false);
            await text.WriteLineAsync($"        {rule.Description}".AsMemory(), token).ConfigureAwait(false);
        }

        return CliApp.Ok;
    }
}
