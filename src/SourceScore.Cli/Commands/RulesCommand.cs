using System.CommandLine;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Commands;

/// <summary>
/// <c>sourcescore rules</c>: every rule the tool reports (the agreement signal's too) with its id, signal, default
/// severity, description and help; <c>--docs DIR</c> writes a Markdown page per rule and an index, the pages of
/// <c>docs/rules/</c> (<see cref="RuleHelp"/>).
/// </summary>
internal static class RulesCommand
{
    public static Command Create(CommandContext io)
    {
        var rulesFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        rulesFormat.AcceptOnlyFromAmong("text", "jsonl");
        var docs = new Option<string?>("--docs") { Description = "Write a Markdown page per rule, and an index (README.md), to this folder instead (the repository's docs/rules)." };
        var rules = new Command("rules", "List every rule with its id, signal, default severity, description and help.") { rulesFormat, docs };
        rules.SetAction((result, token) => RunAsync(result.GetValue(rulesFormat)!, result.GetValue(docs), io, token));
        return rules;
    }

    /// <summary>Every rule the tool's scorer reports, in the scorer's order: the default checks and the agreement signal's.</summary>
    public static IReadOnlyList<Rule> AllRules(CommandContext io)
    {
        using var index = new CorpusIndex();
        return io.CreateScorer(index).Rules;
    }

    private static async Task<int> RunAsync(string format, string? docs, CommandContext io, CancellationToken token)
    {
        var all = AllRules(io);
        if (docs is not null)
        {
            Directory.CreateDirectory(docs);
            foreach (var rule in all)
            {
                await File.WriteAllTextAsync(Path.Combine(docs, RuleHelp.FileNameOf(rule)), RuleHelp.PageOf(rule), ScoringRun.Utf8, token).ConfigureAwait(false);
            }

            await File.WriteAllTextAsync(Path.Combine(docs, "README.md"), RuleHelp.IndexOf(all), ScoringRun.Utf8, token).ConfigureAwait(false);
            return CliApp.Ok;
        }

        var output = io.Stdout();
        if (format == "jsonl")
        {
            foreach (var rule in all)
            {
                await using var w = new System.Text.Json.Utf8JsonWriter(output, JsonlScoreWriter.WriterOptions);
                WriteRule(w, rule);
                await w.FlushAsync(token).ConfigureAwait(false);
                output.WriteByte((byte)'\n');
            }

            await output.FlushAsync(token).ConfigureAwait(false);
            return CliApp.Ok;
        }

        await using var text = new StreamWriter(output, ScoringRun.Utf8);
        foreach (var rule in all)
        {
            await text.WriteLineAsync($"{rule.Id}  {rule.Signal.ToName(),-9}  {rule.DefaultSeverity.ToName(),-7}  {rule.Title}".AsMemory(), token).ConfigureAwait(false);
            await text.WriteLineAsync($"        {rule.Description}".AsMemory(), token).ConfigureAwait(false);
            if (rule.Fix is not null)
            {
                await text.WriteLineAsync($"        Fix: {rule.Fix}".AsMemory(), token).ConfigureAwait(false);
            }
        }

        return CliApp.Ok;
    }

    /// <summary>Writes a rule as the contract's JSON object (<c>rules --format jsonl</c>, and <c>GET /v1/rules</c> of the server).</summary>
    internal static void WriteRule(System.Text.Json.Utf8JsonWriter w, Rule rule)
    {
        w.WriteStartObject();
        w.WriteString("rule", rule.Id);
        w.WriteString("signal", rule.Signal.ToName());
        w.WriteString("severity", rule.DefaultSeverity.ToName());
        w.WriteString("title", rule.Title);
        w.WriteString("description", rule.Description);
        w.WriteString("name", RuleHelp.NameOf(rule));
        WriteOptional(w, "rationale", rule.Rationale);
        WriteOptional(w, "fix", rule.Fix);
        WriteOptional(w, "example", rule.Example);
        w.WriteString("help_uri", RuleHelp.UriOf(rule).AbsoluteUri);
        w.WriteEndObject();
    }

    private static void WriteOptional(System.Text.Json.Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
