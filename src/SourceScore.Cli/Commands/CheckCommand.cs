using System.CommandLine;
using System.Globalization;

namespace SourceScore.Cli.Commands;

/// <summary><c>sourcescore check</c>: the editor's pre-publication check of a draft; exit code 1 below <c>--fail-under</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(CommandContext io)
    {
        var file = new Argument<string>("file") { Description = "The draft to check (.txt, .md, .html, .htm; a .jsonl feed checks every article)." };
        var checkFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        checkFormat.AcceptOnlyFromAmong("text", "jsonl", "sarif", "html");
        var failUnder = new Option<double>("--fail-under") { Description = "Exit with code 1 when the overall score is below this (0-100); default: the sourcescore.json's failUnder, else 60.", DefaultValueFactory = _ => DefaultFailUnder };
        failUnder.Validators.Add(r =>
        {
            double v = r.GetValueOrDefault<double>();
            if (v is < 0 or > 100 || double.IsNaN(v))
            {
                r.AddError("--fail-under must be between 0 and 100.");
            }
        });
        var checkCorpus = new Option<string[]>("--corpus") { Description = "Articles to index first, as earlier coverage the draft is compared with.", AllowMultipleArgumentsPerToken = false };
        var checkDeep = new Option<bool>("--deep") { Description = ScoringRun.DeepDescription };
        var config = ConfigurationChoice.CreateConfigOption();
        var noConfig = ConfigurationChoice.CreateNoConfigOption();
        var check = new Command("check", "The editor's pre-publication check: a readable report of every finding, the signals and the overall score.") { file, checkFormat, failUnder, checkCorpus, checkDeep, config, noConfig };
        check.SetAction((result, token) =>
        {
            // --fail-under given on the command line wins over the configuration's failUnder.
            double? given = result.GetResult(failUnder) is { Implicit: false } ? result.GetValue(failUnder) : null;
            var choice = ConfigurationChoice.From(result, config, noConfig);
            return RunAsync(result.GetValue(file)!, result.GetValue(checkCorpus) ?? [], result.GetValue(checkFormat)!, given, choice, io, result.GetValue(checkDeep) ? ScoringRun.CreateDeepScorer : io.CreateScorer, token);
        });
        return check;
    }

    /// <summary>The threshold when neither the command line nor a configuration sets one.</summary>
    public const double DefaultFailUnder = 60;

    private static async Task<int> RunAsync(string file, string[] corpus, string format, double? failUnderGiven, ConfigurationChoice choice, CommandContext io, Func<ICorpusIndex, Scorer> createScorer, CancellationToken token)
    {
        // The settings first: a bad sourcescore.json is one line and exit code 2 before anything is read or scored.
        var configuration = choice.For(file);
        using var index = new CorpusIndex();
        var scorer = createScorer(index);
        _ = choice.ScorerFor(file, scorer);
        if (await ScoringRun.IndexAsync(corpus, index, io.Stdin, io.Stderr, token).ConfigureAwait(false) > 0)
        {
            return CliApp.UsageOrInputError;
        }

        var output = io.Stdout();
        (double Overall, double Threshold, string Id)? below = null;
        bool unscored = false;
        int errors;
        int scored;
        await using (var writer = ScoringRun.CreateWriter(format, output, includeText: false, scorer))
        {
            (errors, scored) = await ScoringRun.RunAsync([file], scorer, choice, writer, io.Stdin, io.Stderr, token, s =>
            {
                double threshold = failUnderGiven ?? configuration.FailUnderFor(s.Source) ?? DefaultFailUnder;
                if (s.Overall is double overall && overall < threshold && (below is null || overall - threshold < below.Value.Overall - below.Value.Threshold))
                {
                    below = (overall, threshold, s.Id);
                }

                unscored |= s.Overall is null && s.Error is null;
            }).ConfigureAwait(false);
        }

        if (errors > 0 || scored == 0)
        {
            return CliApp.UsageOrInputError;
        }

        if (unscored)
        {
            // No signal could judge the text (no article found in the page): nothing vouches for it, so it does not pass.
            await io.Stderr.WriteLineAsync($"sourcescore: {file}: not scored, so it does not pass --fail-under (see the findings)").ConfigureAwait(false);
            return CliApp.BelowThreshold;
        }

        if (below is { } b)
        {
            string from = failUnderGiven is not null || configuration.FilePath is null ? "--fail-under" : $"failUnder ({configuration.FilePath})";
            await io.Stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sourcescore: {file}: overall {b.Overall:0.0} is below {from} {b.Threshold:0.##}")).ConfigureAwait(false);
            return CliApp.BelowThreshold;
        }

        return CliApp.Ok;
    }
}
