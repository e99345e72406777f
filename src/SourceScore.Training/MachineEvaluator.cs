using System.Globalization;
using System.Text;

namespace SourceScore.Training;

/// <summary>
/// The machine signal as users meet it: every held-out text of the machine model's split (story held out) scored
/// whole through <see cref="Scorer.Score"/>, <c>signals.machine.risk</c> read from the result. Machine texts are
/// measured against the human news of the same kind (the BBC side of <c>machine_news</c>) and against all held-out
/// human texts, by generator, with recall at risk ≥ 0.5; spun texts against their own originals, from our spinner
/// (which the model trains with) and from <see cref="ParaphraseSpinner"/> (which it never sees).
/// </summary>
internal static class MachineEvaluator
{
    private const int Seed = 20261203;

    public sealed record Row(string Group, string Kind, string Generator, double Risk);

    /// <summary>Scores the held-out texts; kinds: <c>bbc</c> (human BBC news), <c>human</c> (other human news), <c>machine</c>, <c>spun</c>, <c>paraphrased</c>.</summary>
    /// <param name="dataRoot">The data folder.</param>
    /// <param name="modelsDir">The models folder (WordNet for the spinners).</param>
    /// <param name="deep">Whether the scorer uses the deep tier (SourceScore.Deep's <c>UseDeepModels()</c>).</param>
    public static List<Row> Score(string dataRoot, string modelsDir, bool deep = false)
    {
        var random = new Random(Seed);
        var texts = new List<(string Group, string Kind, string Generator, string Text)>();
        foreach (var (group, machine, generator, text) in DataSets.MachineNews(dataRoot).Where(r => DataSets.IsHeldOut(r.Group, "machine")))
        {
            texts.Add((group, machine ? "machine" : "bbc", generator, text));
        }

        foreach (var (key, _, body) in DataSets.CleanNews(dataRoot).Where(t => t.Source != "machine_news" && DataSets.IsHeldOut(t.Key, "machine")))
        {
            texts.Add((key, "human", "human", body));
        }

        var wordNet = WordNet.Load(modelsDir);
        var spinner = new Spinner(wordNet, MachineTrainer.Typos(dataRoot, wordNet));
        var paraphraser = new ParaphraseSpinner(wordNet);
        foreach (var (group, _, _, text) in texts.Where(t => t.Kind == "bbc").ToList())
        {
            texts.Add((group, "spun", "our spinner", spinner.Spin(text, random)));
            texts.Add((group, "paraphrased", "paraphrase spinner", paraphraser.Spin(text, random)));
        }

        var builder = new ScorerBuilder().UseDefaultChecks();
        var scorer = (deep ? builder.UseDeepModels() : builder).Build();
        return texts.AsParallel().AsOrdered()
            .Select(t => new Row(t.Group, t.Kind, t.Generator, scorer.Score(Article.FromText(t.Text, t.Group)).GetSignal(Signal.Machine)!.Risk ?? 0))
            .ToList();
    }

    public static int Run(string dataRoot, string modelsDir, bool deep, TextWriter log)
    {
        log.Write(Report(Score(dataRoot, modelsDir, deep)));
        return 0;
    }

    /// <summary>The report: AUROC against BBC human news and against all human news, by generator, and recall and false alarms at risk 0.5.</summary>
    public static string Report(List<Row> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        var bbc = rows.Where(r => r.Kind == "bbc").ToList();
        var humans = rows.Where(r => r.Kind is "bbc" or "human").ToList();
        b.AppendLine(c, $"Through Scorer.Score, whole texts, story held out: {bbc.Count} BBC human texts, {humans.Count} human texts in all.");
        b.AppendLine();
        b.AppendLine(c, $"False alarms at risk ≥ 0.5: BBC human news {Flagged(bbc):P1}, all human news {Flagged(humans):P1}.");
        b.AppendLine();
        b.AppendLine("| texts | n | AUROC vs BBC human | AUROC vs all human | flagged at risk ≥ 0.5 |");
        b.AppendLine("|---|---|---|---|---|");
        var machine = rows.Where(r => r.Kind == "machine").ToList();
        b.AppendLine(c, $"| all machine texts | {machine.Count} | {Auroc(machine, bbc):F3} | {Auroc(machine, humans):F3} | {Flagged(machine):P1} |");
        foreach (var generator in machine.GroupBy(r => r.Generator).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = generator.ToList();
            b.AppendLine(c, $"| {generator.Key} | {items.Count} | {Auroc(items, bbc):F3} | {Auroc(items, humans):F3} | {Flagged(items):P1} |");
        }

        foreach (var kind in new[] { "spun", "paraphrased" })
        {
            var items = rows.Where(r => r.Kind == kind).ToList();
            b.AppendLine(c, $"| {items[0].Generator} (against their BBC originals) | {items.Count} | {Auroc(items, bbc):F3} | — | {Flagged(items):P1} |");
        }

        b.AppendLine();
        return b.ToString();
    }

    public static double Auroc(IEnumerable<Row> positives, IEnumerable<Row> negatives) =>
        Metrics.Auroc(positives.Select(r => (r.Risk, true)).Concat(negatives.Select(r => (r.Risk, false))));

    public static double Flagged(IReadOnlyCollection<Row> rows) => rows.Count(r => r.Risk >= 0.5) / (double)Math.Max(1, rows.Count);
}
