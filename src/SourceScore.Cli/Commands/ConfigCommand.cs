using System.CommandLine;
using System.Globalization;
using System.Text;
using SourceScore.Scoring;

namespace SourceScore.Cli.Commands;

/// <summary>
/// <c>sourcescore config --print [file]</c>: the settings a draft gets — each rule's level, each signal's weight, the
/// check's threshold, the house lists and the overrides by source — and where each came from (a file and line, an
/// override, or the default).
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CommandContext io)
    {
        var file = new Argument<string>("file") { Description = "The draft (or folder) whose settings to show.", DefaultValueFactory = _ => "." };
        var print = new Option<bool>("--print") { Description = "Print the effective settings and where each came from." };
        var config = ConfigurationChoice.CreateConfigOption();
        var noConfig = ConfigurationChoice.CreateNoConfigOption();
        var command = new Command("config", "Show the settings a draft gets from sourcescore.json (found from its folder upwards) and where each came from.") { file, print, config, noConfig };
        command.SetAction((result, token) =>
        {
            if (!result.GetValue(print))
            {
                io.Stderr.WriteLine("sourcescore: config: say what to do: --print (see 'sourcescore config --help')");
                return Task.FromResult(CliApp.UsageOrInputError);
            }

            return PrintAsync(result.GetValue(file)!, ConfigurationChoice.From(result, config, noConfig), io, token);
        });
        return command;
    }

    private static async Task<int> PrintAsync(string file, ConfigurationChoice choice, CommandContext io, CancellationToken token)
    {
        var configuration = choice.For(file);
        using var index = new CorpusIndex();
        var scorer = choice.ScorerFor(file, io.CreateScorer(index));
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        string Origin(string key) => configuration.OriginOf(key)?.ToString() ?? "default";
        b.Append(c, $"settings for {file}").AppendLine();
        b.Append(c, $"configuration: {configuration.FilePath ?? (choice.FileFor(file) is null ? "none (no sourcescore.json here or above; every setting at its default)" : "none")}").AppendLine();
        b.Append(c, $"failUnder = {(configuration.FailUnder ?? CheckCommand.DefaultFailUnder).ToString("0.##", c)}  ({Origin("failUnder")})").AppendLine();
        foreach (var signal in new[] { Signal.Markup, Signal.Machine, Signal.Claims, Signal.Agreement, Signal.Source })
        {
            double weight = configuration.Weights.TryGetValue(signal, out double w) ? w : OverallScore.Weights.Of(signal);
            b.Append(c, $"weights.{signal.ToName()} = {weight.ToString("0.###", c)}  ({Origin("weights." + signal.ToName())})").AppendLine();
        }

        foreach (var rule in scorer.Rules)
        {
            string level = configuration.Rules.TryGetValue(rule.Id, out var l) ? l.ToString().ToLowerInvariant() : rule.DefaultSeverity.ToName();
            b.Append(c, $"rules.{rule.Id} = {level}  ({Origin("rules." + rule.Id)})  {rule.Title}").AppendLine();
        }

        b.Append(c, $"house.boilerplate = {configuration.Boilerplate.Count} line{(configuration.Boilerplate.Count == 1 ? string.Empty : "s")}  ({Origin("house.boilerplate")})").AppendLine();
        foreach (string line in configuration.Boilerplate)
        {
            b.Append("  ").AppendLine(line);
        }

        b.Append(c, $"house.names = {configuration.Names.Count} name{(configuration.Names.Count == 1 ? string.Empty : "s")}  ({Origin("house.names")})").AppendLine();
        foreach (var (name, variants) in configuration.Names)
        {
            b.Append(c, $"  {name}: {string.Join(", ", variants)}").AppendLine();
        }

        b.Append(c, $"house.words = {configuration.Words.Count} word{(configuration.Words.Count == 1 ? string.Empty : "s")}  ({Origin("house.words")})").AppendLine();
        if (configuration.Words.Count > 0)
        {
            b.Append("  ").AppendLine(string.Join(", ", configuration.Words));
        }

        foreach (var o in configuration.Overrides)
        {
            // What is left after the file's own path matched: overrides by source, applied to each article by its source.
            b.Append(c, $"for articles from {string.Join(", ", o.Sources)}:").AppendLine();
            foreach (var (key, origin) in o.Origins)
            {
                b.Append(c, $"  {key} = {ValueOf(o, key, c)}  ({origin})").AppendLine();
            }
        }

        await using var output = new StreamWriter(io.Stdout(), ScoringRun.Utf8);
        await output.WriteAsync(b.ToString().AsMemory(), token).ConfigureAwait(false);
        return CliApp.Ok;
    }

    private static string ValueOf(ConfigurationOverride o, string key, CultureInfo c)
    {
        if (key == "failUnder")
        {
            return o.FailUnder?.ToString("0.##", c) ?? string.Empty;
        }

        if (key.StartsWith("rules.", StringComparison.Ordinal) && o.Rules.TryGetValue(key[6..], out var level))
        {
            return level.ToString().ToLowerInvariant();
        }

        foreach (var (signal, weight) in o.Weights)
        {
            if (key == "weights." + signal.ToName())
            {
                return weight.ToString("0.###", c);
            }
        }

        return string.Empty;
    }
}
