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
        var failUnder = new Option<double>("--fail-under") { Description = "Exit with code 1 when the overall score is below this (0-100).", DefaultValueFactory = _ => 60 };
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
        var check = new Command("check", "The editor's pre-publication check: a readable report of every finding, the signals and the overall score.") { file, checkFormat, failUnder, checkCorpus, checkDeep };
        check.SetAction((result, token) => RunAsync(result.GetValue(file)!, result.GetValue(checkCorpus) ?? [], result.GetValue(checkFormat)!, result.GetValue(failUnder), io, result.GetValue(checkDeep) ? ScoringRun.CreateDeepScorer : io.CreateScorer, token));
        return check;
    }

    private static async Task<int> RunAsync(string file, string[] corpus, string format, double failUnder, CommandContext io, Func<ICorpusIndex, Scorer> createScorer, CancellationToken token)
    {
        using var index = new CorpusIndex();
        if (await ScoringRun.IndexAsync(corpus, index, io.Stdin, io.Stderr, token).ConfigureAwait(false) > 0)
        {
            return CliApp.UsageOrInputError;
        }

        var scorer = createScorer(index);
        var output = io.Stdout();
        double lowest = double.MaxValue;
        bool unscored = false;
        int errors;
        int scored;
        await using (var writer = ScoringRun.CreateWriter(format, output, includeText: false, scorer))
        {
            (errors, scored) = await ScoringRun.RunAsync([file], scorer, writer, io.Stdin, io.Stderr, token, s =>
            {
                lowest = s.Overall is double overall ? Math.Min(lowest, overall) : lowest;
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

        if (lowest < failUnder)
        {
            await io.Stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sourcescore: {file}: overall {lowest:0.0} is below --fail-under {failUnder:0.##}")).ConfigureAwait(false);
            return CliApp.BelowThreshold;
        }

        return CliApp.Ok;
    }
}
