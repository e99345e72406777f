using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using SourceScore.Models;
using SourceScore.Signals.Markup;

namespace SourceScore.Training;

/// <summary>
/// Trains the markup risk model: clean human news from ../shared/data and damaged copies of it (see
/// <see cref="MarkupDamager"/>) → the library's markup checks → <see cref="MarkupFeatures"/> → FastTree.
/// Evaluates on our own held-out fold (texts never seen in training, damaged with other random draws)
/// and writes models/markup-v1.zip and its card.
/// </summary>
internal static class MarkupTrainer
{
    public const int Seed = 20261123;

    private sealed record Sample(string Key, string Source, string Text, bool Damaged, string Kinds, bool HeldOut);

    public static int Run(string dataRoot, string modelsDir, TextWriter log)
    {
        var clean = DataSets.CleanNews(dataRoot);
        log.WriteLine($"clean texts: {clean.Count}");
        var damager = new MarkupDamager(Seed);
        var random = new Random(Seed + 1);
        var samples = new List<Sample>();
        var scorer = new ScorerBuilder().UseMarkupChecks().Build();
        var alreadyDamaged = new Dictionary<string, int>();
        foreach (var (key, source, text) in clean)
        {
            bool heldOut = DataSets.IsHeldOut(key, "markup");

            // Scraped human news already holds real debris (FNC-1 bodies: leaked ad scripts, blank-line runs,
            // follow-us lines; XSum: "Â£"). Checked by hand (clean-findings), those findings are real damage, so
            // such a text is not a clean example; it is still damaged further below.
            var existing = scorer.FindingsOf(Article.FromText(text, key)).Select(f => f.Rule.Id).Distinct().ToList();
            if (existing.Count == 0)
            {
                samples.Add(new Sample(key, source, text, false, "clean", heldOut));
            }
            else
            {
                foreach (var id in existing)
                {
                    alreadyDamaged[id] = alreadyDamaged.GetValueOrDefault(id) + 1;
                }

                alreadyDamaged["texts"] = alreadyDamaged.GetValueOrDefault("texts") + 1;
            }

            // One damaged copy per text; a third of them damaged twice or three times. Single defects dominate
            // on purpose: one small defect in a long clean article must still count as damaged.
            int count = random.Next(3) == 0 ? 2 + random.Next(2) : 1;
            var (damaged, kinds) = damager.Damage(text, count);
            samples.Add(new Sample(key, source, damaged, true, string.Join('+', kinds), heldOut));
        }

        log.WriteLine($"human texts with real debris, not used as clean examples: {alreadyDamaged.GetValueOrDefault("texts")} ({string.Join(", ", alreadyDamaged.Where(k => k.Key != "texts").OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"))})");
        var rows = new List<(Sample Sample, MarkupModelInput Input, double Extent, int Findings)>(samples.Count);
        foreach (var sample in samples)
        {
            var article = Article.FromText(sample.Text, sample.Key);
            var (features, extent, findings) = scorer.RunChecks(article, 0, static (context, _) =>
            {
                var f = new float[MarkupFeatures.Count];
                MarkupFeatures.Extract(context, f);
                return (f, MarkupFeatures.Extent(context), MarkupFeatures.FindingCount(context));
            }, CancellationToken.None);
            rows.Add((sample, new MarkupModelInput { Features = features, Label = sample.Damaged }, extent, findings));
        }

        // A damaged copy that no check can see (a repeat below the thresholds, say) only teaches the model to
        // call clean-looking texts damaged: it is left out of training, and still counts as a miss when held out.
        var train = rows.Where(r => !r.Sample.HeldOut && (!r.Sample.Damaged || r.Findings > 0)).ToList();
        var test = rows.Where(r => r.Sample.HeldOut).ToList();
        log.WriteLine($"train rows: {train.Count}, held-out rows: {test.Count}");

        var ml = new MLContext(seed: Seed);
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 200,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = Seed,
            FeatureColumnName = "Features",
            LabelColumnName = "Label",
        };
        var trainData = ml.Data.LoadFromEnumerable(train.Select(r => r.Input));
        var model = ml.BinaryClassification.Trainers.FastTree(options).Fit(trainData);

        var testData = ml.Data.LoadFromEnumerable(test.Select(r => r.Input));
        var metrics = ml.BinaryClassification.Evaluate(model.Transform(testData));
        var engine = ml.Model.CreatePredictionEngine<MarkupModelInput, BinaryModelOutput>(model);

        var counts = new Confusion();
        var perKind = new Dictionary<string, (int Hit, int Total)>();
        var perSource = new Dictionary<string, (int Fp, int Total)>();
        var misses = new List<string>();
        var falseAlarms = new List<string>();
        foreach (var (sample, input, extent, findings) in test)
        {
            double p = engine.Predict(input).Probability;
            p = findings == 0 ? Math.Min(p, 0.1) : p;
            double risk = p < 0.5 ? p : 0.5 + (0.5 * extent);
            bool flagged = risk >= 0.5;
            if (sample.Damaged)
            {
                counts.Add(true, flagged);
                if (!flagged)
                {
                    misses.Add($"{sample.Kinds} {sample.Key} p={p:F3}");
                    Dump(sample);
                }

                foreach (var kind in sample.Kinds.Split('+').Distinct())
                {
                    var (h, t) = perKind.GetValueOrDefault(kind);
                    perKind[kind] = (h + (flagged ? 1 : 0), t + 1);
                }
            }
            else
            {
                counts.Add(false, flagged);
                if (flagged)
                {
                    falseAlarms.Add(sample.Key);
                }

                var (f, t) = perSource.GetValueOrDefault(sample.Source);
                perSource[sample.Source] = (f + (flagged ? 1 : 0), t + 1);
            }
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out: AUC {metrics.AreaUnderRocCurve:F4}  P {counts.Precision:F4}  R {counts.Recall:F4}  F1 {counts.F1:F4}  (tp {counts.Tp} fp {counts.Fp} fn {counts.Fn} tn {counts.Tn})"));
        foreach (var miss in misses.Take(15))
        {
            log.WriteLine("  missed: " + miss);
        }

        foreach (var alarm in falseAlarms.Take(15))
        {
            log.WriteLine("  false alarm: " + alarm);
        }

        Directory.CreateDirectory(modelsDir);
        string zip = Path.Combine(modelsDir, "markup-v1.zip");
        ml.Model.Save(model, trainData.Schema, zip);
        ModelStamp.Write(zip, MarkupFeatures.Stamp);
        File.WriteAllText(Path.Combine(modelsDir, "markup-v1.md"), Card(clean.Count, alreadyDamaged, train.Count, test.Count, options, metrics.AreaUnderRocCurve, counts, perKind, perSource));
        log.WriteLine($"wrote {zip}");
        return 0;
    }

    private static void Dump(Sample sample)
    {
        // Missed samples go to a scratch folder for inspection when SOURCESCORE_DUMP is set.
        var dir = Environment.GetEnvironmentVariable("SOURCESCORE_DUMP");
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, sample.Key.Replace(':', '_') + "." + sample.Kinds + ".txt"), sample.Text);
        }
    }

    private static string Card(int texts, Dictionary<string, int> alreadyDamaged, int trainRows, int testRows, FastTreeBinaryTrainer.Options o, double auc, Confusion m,
        Dictionary<string, (int Hit, int Total)> perKind, Dictionary<string, (int Fp, int Total)> perSource)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("# markup-v1 — garbled-markup risk model");
        b.AppendLine();
        b.AppendLine("FastTree binary classifier (ML.NET 5.0.1) that reads what the markup checks found in an article and gives the probability that the text is damaged. The library turns it into `signals.markup.risk`: below 0.5 the risk is that probability; from 0.5 it is 0.5 + 0.5 × extent, where extent grows with the number, severity and coverage of the findings (`MarkupFeatures.Extent`).");
        b.AppendLine();
        b.AppendLine("## Command");
        b.AppendLine();
        b.AppendLine("```");
        b.AppendLine("dotnet run -c Release --project src/SourceScore.Training -- markup");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine(c, $"Reads `../shared/data` in place and writes `models/markup-v1.zip` and this card. Fixed seed {Seed} (damage draws, split-independent), one training thread: the same command gives the same model and figures.");
        b.AppendLine();
        b.AppendLine("## Data and licences");
        b.AppendLine();
        b.AppendLine(c, $"{texts} human-written news texts from `../shared/data` (dev parts only):");
        b.AppendLine();
        b.AppendLine("| data set | texts used | licence as stated in source |");
        b.AppendLine("|---|---|---|");
        b.AppendLine("| `machine_news` (human side: XSum/BBC articles via fast-detect-gpt and the L2R data set) | human texts | fast-detect-gpt: MIT; L2R_dataset: CC BY 3.0 (the texts are BBC articles) |");
        b.AppendLine("| `fnc1` (`train_bodies.jsonl`, from the Emergent corpus) | all bodies | none stated in the FNC-1 repository |");
        b.AppendLine("| `article_extraction` (`article_body`, Zyte article-extraction benchmark) | all bodies | MIT (the pages' content belongs to the publishers) |");
        b.AppendLine();
        b.AppendLine("Each text gives one clean sample and one damaged copy (a third of the copies get two or three damages). Damage kinds: leaked whole tags, mangled tags (`< / li >`, `p >< b >`, `th />`), attribute and CSS debris, undecoded, double-encoded and semicolon-less entities, mojibake (UTF-8 read as Windows-1252 mostly, also Latin-1, Windows-1251/1250, code page 437, Mac OS Roman), U+FFFD, C1 controls, repeated lines or sentences, boilerplate lines, related-headline lists, runs of empty lines, trailing whitespace. ");
        b.AppendLine();
        b.AppendLine(c, $"Scraped human news already holds real debris. {alreadyDamaged.GetValueOrDefault("texts")} of the {texts} texts set off a markup check before any damage was added ({string.Join(", ", alreadyDamaged.Where(k => k.Key != "texts").OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}: {k.Value}"))}); the findings were read by hand (`dotnet run -c Release --project src/SourceScore.Training -- clean-findings`) and are real: leaked ad scripts and `<a>` tags, `&nbsp;`, `Â£` mojibake in XSum texts, U+FFFD, repeated captions and paragraphs, follow-us and copyright lines, runs of empty lines. Those texts are not used as clean examples (they still get a damaged copy).");
        b.AppendLine();
        b.AppendLine("## Split");
        b.AppendLine();
        b.AppendLine(c, $"Our own fold inside dev: a text is held out when `sha256(\"sourcescore-fold-v1|markup|\" + key)` mod 100 < 20, its clean and damaged versions together. Train rows: {trainRows}; held-out rows: {testRows}. Nothing was tuned on the held-out rows. The damage on both sides comes from the same generator, so these figures are optimistic for damage made another way; the held-out evaluation of the project uses an independent generator.");
        b.AppendLine();
        b.AppendLine("## Features (schema version " + MarkupFeatures.SchemaVersion.ToString(c) + ")");
        b.AppendLine();
        b.AppendLine(string.Join(", ", MarkupFeatures.Names.Select(n => "`" + n + "`")) + ". Counts are log(1 + n); `damaged_fraction` is the share of characters covered by findings.");
        b.AppendLine();
        b.AppendLine("## Trainer");
        b.AppendLine();
        b.AppendLine(c, $"Damaged copies on which no check reports anything are left out of training (they teach nothing a finding could explain) but kept in the held-out figures as misses. At serving time a text with no markup finding gets a risk of at most 0.1.");
        b.AppendLine();
        b.AppendLine(c, $"FastTree binary: {o.NumberOfTrees} trees, {o.NumberOfLeaves} leaves, at least {o.MinimumExampleCountPerLeaf} examples a leaf, learning rate {o.LearningRate}, 1 thread, seed {o.Seed}. Platt-calibrated probability.");
        b.AppendLine();
        b.AppendLine("## Held-out figures (decision at risk ≥ 0.5)");
        b.AppendLine();
        b.AppendLine("| AUROC | precision | recall | F1 | TP | FP | FN | TN |");
        b.AppendLine("|---|---|---|---|---|---|---|---|");
        b.AppendLine(c, $"| {auc:F4} | {m.Precision:F4} | {m.Recall:F4} | {m.F1:F4} | {m.Tp} | {m.Fp} | {m.Fn} | {m.Tn} |");
        b.AppendLine();
        b.AppendLine("Recall by damage kind (a sample with several kinds counts under each):");
        b.AppendLine();
        b.AppendLine("| kind | recall | samples |");
        b.AppendLine("|---|---|---|");
        foreach (var (kind, (hit, total)) in perKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            b.AppendLine(c, $"| {kind} | {hit / (double)total:F3} | {total} |");
        }

        b.AppendLine();
        b.AppendLine("False-positive rate on clean held-out texts by source:");
        b.AppendLine();
        b.AppendLine("| source | false-positive rate | texts |");
        b.AppendLine("|---|---|---|");
        foreach (var (source, (fpc, total)) in perSource.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            b.AppendLine(c, $"| {source} | {fpc / (double)total:F3} | {total} |");
        }

        return b.ToString();
    }
}
