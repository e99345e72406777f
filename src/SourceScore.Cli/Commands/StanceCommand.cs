using System.CommandLine;
using SourceScore.Cli.Input;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Commands;

/// <summary><c>sourcescore stance</c>: the stance model on headline/body pairs (the Fake News Challenge task).</summary>
internal static class StanceCommand
{
    public static Command Create(CommandContext io)
    {
        var pairs = new Argument<string>("pairs") { Description = "A JSONL file of {\"id\", \"headline\", \"body\"} lines, or - for standard input." };
        var stance = new Command("stance", "How each body relates to its headline's claim: agree, disagree, discuss or unrelated (the Fake News Challenge task).") { pairs };
        stance.SetAction((result, token) => RunAsync(result.GetValue(pairs)!, io, token));
        return stance;
    }

    private static async Task<int> RunAsync(string path, CommandContext io, CancellationToken token)
    {
        var reader = new ArticleReader(e => io.Stderr.WriteLine(e.ToString()), io.Stdin);
        var output = io.Stdout();
        var classifier = StanceClassifier.Default;
        await foreach (var pair in reader.ReadStancePairsAsync(path, token).ConfigureAwait(false))
        {
            var p = classifier.Classify(pair.Headline, pair.Body);
            await using (var w = new System.Text.Json.Utf8JsonWriter(output, JsonlScoreWriter.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("id", pair.Id);
                w.WriteString("stance", p.Stance.ToName());
                w.WriteStartObject("scores");
                foreach (var stance in (ReadOnlySpan<Stance>)[Stance.Agree, Stance.Disagree, Stance.Discuss, Stance.Unrelated])
                {
                    w.WriteNumber(stance.ToName(), Math.Round(p.Probability(stance), 4));
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }

        await output.FlushAsync(token).ConfigureAwait(false);
        return reader.ErrorCount > 0 ? CliApp.UsageOrInputError : CliApp.Ok;
    }
}
