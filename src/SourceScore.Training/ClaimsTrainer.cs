using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using SourceScore.Signals.Claims;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Training;

/// <summary>
/// Trains the check-worthiness model on ClaimBuster (debate sentences, check-worthy factual claim or not) and
/// CLEF-2019 CheckThat! task 1 (debate and speech lines a journalist fact-checked or not): naive-Bayes word and
/// pair weights (<see cref="ClaimWeights"/>, cross-fitted so that a training sentence never sees its own words
/// counted) and <see cref="ClaimFeatures"/> → FastTree. Each line is read as one sentence, as the library reads a
/// one-sentence article. Writes models/claims-v1.zip, models/claims-v1.lex and the card.
/// </summary>
internal static class ClaimsTrainer
{
    public const int Seed = 20261123;
    private const int CrossFolds = 5;

    /// <summary>A word or pair enters the weights when it occurs in at least this many training sentences.</summary>
    private const int MinOccurrences = 3;

    /// <summary>Pseudo-count of the weights' smoothing (in class-balanced example weight).</summary>
    private const double Smoothing = 4;

    /// <summary>How much a CLEF line weighs in the trees against a ClaimBuster sentence (its classes balanced inside it).</summary>
    private const double ClefWeight = 0.2;

    internal sealed record Row(string Id, string DataSet, string Group, string Text, bool Worthy, bool HeldOut, int Fold, Token[] Tokens, SentenceCues Cues)
    {
        public float Weight { get; set; } = 1;
    }

    public static int Run(string dataRoot, string modelsDir, TextWriter log)
    {
        var rows = Load(dataRoot);
        var train = rows.Where(r => !r.HeldOut).ToList();
        var test = rows.Where(r => r.HeldOut).ToList();
        Balance(train);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentences: {rows.Count} (ClaimBuster {rows.Count(r => r.DataSet == "claimbuster")}, CLEF {rows.Count(r => r.DataSet == "clef")}); held out {test.Count}"));

        // Weights per cross-fitting fold (without that fold) and from all training rows (for the held-out rows and the shipped table).
        var foldCounts = Enumerable.Range(0, CrossFolds).Select(_ => new Dictionary<ulong, KeyCounts>()).ToArray();
        foreach (var row in train)
        {
            Count(row, foldCounts[row.Fold]);
        }

        var all = new Dictionary<ulong, KeyCounts>();
        foreach (var counts in foldCounts)
        {
            Merge(all, counts, 1);
        }

        var shipped = Weights(all, 0.5);
        var foldWeights = new ClaimWeights[CrossFolds];
        for (int k = 0; k < CrossFolds; k++)
        {
            var counts = new Dictionary<ulong, KeyCounts>(all);
            Merge(counts, foldCounts[k], -1);
            foldWeights[k] = Weights(counts, 0.5);
        }

        log.WriteLine($"weights: {shipped.Count} words and pairs");
        var trainInputs = train.Select(r => Input(r, foldWeights[r.Fold])).ToList();
        var testInputs = test.Select(r => Input(r, shipped)).ToList();

        var ml = new MLContext(seed: Seed);
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 300,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.06,
            NumberOfThreads = 1,
            Seed = Seed,
            FeatureColumnName = "Features",
            LabelColumnName = "Label",
            ExampleWeightColumnName = "Weight",
        };

        // Out-of-fold probabilities on the training rows choose the threshold (best ClaimBuster F1) and give cross-validated figures.
        var oof = new double[train.Count];
        for (int k = 0; k < CrossFolds; k++)
        {
            var fit = ml.BinaryClassification.Trainers.FastTree(options).Fit(ml.Data.LoadFromEnumerable(trainInputs.Where((_, i) => train[i].Fold != k)));
            var foldEngine = ml.Model.CreatePredictionEngine<ClaimModelInput, BinaryModelOutput>(fit);
            for (int i = 0; i < train.Count; i++)
            {
                if (train[i].Fold == k)
                {
                    oof[i] = foldEngine.Predict(trainInputs[i]).Probability;
                }
            }
        }

        var oofScored = train.Select((r, i) => (Row: r, P: oof[i])).ToList();
        double threshold = BestF1Threshold(oofScored.Where(s => s.Row.DataSet == "claimbuster").Select(s => (s.P, s.Row.Worthy)).ToList());
        var cv = Figures(oofScored, threshold);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cross-validated: {cv.Line}; threshold {threshold:F4}"));

        var model = ml.BinaryClassification.Trainers.FastTree(options).Fit(ml.Data.LoadFromEnumerable(trainInputs));
        var engine = ml.Model.CreatePredictionEngine<ClaimModelInput, BinaryModelOutput>(model);
        var scored = test.Select((r, i) => (Row: r, P: (double)engine.Predict(testInputs[i]).Probability)).ToList();
        var heldOut = Figures(scored, threshold);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out: {heldOut.Line}"));
        Directory.CreateDirectory(modelsDir);
        var schema = ml.Data.LoadFromEnumerable(trainInputs.Take(1)).Schema;
        ml.Model.Save(model, schema, Path.Combine(modelsDir, "claims-v1.zip"));
        Models.ModelStamp.Write(Path.Combine(modelsDir, "claims-v1.zip"), ClaimFeatures.Stamp);
        using (var stream = File.Create(Path.Combine(modelsDir, "claims-v1.lex")))
        {
            shipped.WithDecisionThreshold(threshold).Write(stream);
        }

        string news = NewsCarryOver(dataRoot, shipped, engine, threshold);
        log.Write(news);
        File.WriteAllText(Path.Combine(modelsDir, "claims-v1.md"), Card(rows, train.Count, test.Count, shipped.Count, options, threshold, cv, heldOut, news));
        log.WriteLine("wrote models/claims-v1.zip, claims-v1.lex, claims-v1.md");
        return 0;
    }

    internal static List<Row> Load(string dataRoot)
    {
        var rows = new List<Row>();

        // CLEF lines, held out by debate; ClaimBuster sentences that also occur in a CLEF debate follow that debate.
        var clefDebateOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataSets.ReadJsonl(Path.Combine(dataRoot, "clef2019_checkworthy", "dev.jsonl")))
        {
            string debate = line.GetProperty("debate").GetString()!;
            string text = line.GetProperty("text").GetString()!;
            clefDebateOf.TryAdd(Normalise(text), debate);
            rows.Add(Make(line.GetProperty("id").GetString()!, "clef", debate, text, line.GetProperty("label").GetString() == "check_worthy"));
        }

        foreach (var line in DataSets.ReadJsonl(Path.Combine(dataRoot, "claimbuster", "dev.jsonl")))
        {
            string id = line.GetProperty("id").GetString()!;
            string text = line.GetProperty("text").GetString()!;
            string group = clefDebateOf.GetValueOrDefault(Normalise(text)) ?? id;
            rows.Add(Make(id, "claimbuster", group, text, line.GetProperty("label").GetString() == "check_worthy"));
        }

        return rows;
    }

    private static Row Make(string id, string dataSet, string group, string text, bool worthy)
    {
        var array = WordScanner.Scan(text, new TextSpan(0, text.Length), new Token[SentenceCues.MaxTokens]).ToArray();
        var cues = SentenceCues.Of(text, array);
        return new Row(id, dataSet, group, text, worthy, DataSets.IsHeldOut(group, "claims"), DataSets.CrossFold("claims|" + group, CrossFolds), array, cues);
    }

    private static string Normalise(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Example weights: inside each data set the two classes weigh the same; a CLEF line weighs <see cref="ClefWeight"/> of a ClaimBuster one overall.</summary>
    private static void Balance(List<Row> rows)
    {
        foreach (var set in rows.GroupBy(r => r.DataSet))
        {
            int n = set.Count(), positives = set.Count(r => r.Worthy);
            double scale = set.Key == "clef" ? ClefWeight : 1;
            foreach (var row in set)
            {
                row.Weight = (float)(scale * n / (2.0 * (row.Worthy ? positives : n - positives)));
            }
        }
    }

    private record struct KeyCounts(double Positive, double Negative, int Sentences);

    private static void Count(Row row, Dictionary<ulong, KeyCounts> counts)
    {
        var seen = new HashSet<ulong>();
        var chain = new ClaimFeatures.KeyChain();
        foreach (var token in row.Tokens)
        {
            var (key, pair, _) = chain.Next(row.Text, token);
            if (key != 0)
            {
                seen.Add(key);
            }

            if (pair != 0)
            {
                seen.Add(pair);
            }
        }

        foreach (ulong key in seen)
        {
            var c = counts.GetValueOrDefault(key);
            counts[key] = row.Worthy ? c with { Positive = c.Positive + row.Weight, Sentences = c.Sentences + 1 } : c with { Negative = c.Negative + row.Weight, Sentences = c.Sentences + 1 };
        }
    }

    private static void Merge(Dictionary<ulong, KeyCounts> into, Dictionary<ulong, KeyCounts> from, int sign)
    {
        foreach (var (key, c) in from)
        {
            var t = into.GetValueOrDefault(key);
            var merged = new KeyCounts(t.Positive + (sign * c.Positive), t.Negative + (sign * c.Negative), t.Sentences + (sign * c.Sentences));
            if (merged.Sentences <= 0)
            {
                into.Remove(key);
            }
            else
            {
                into[key] = merged;
            }
        }
    }

    /// <summary>Smoothed log-odds of the class-balanced counts: a word as common in both classes weighs 0.</summary>
    private static ClaimWeights Weights(Dictionary<ulong, KeyCounts> counts, double threshold)
    {
        var weights = new List<KeyValuePair<ulong, float>>();
        foreach (var (key, c) in counts)
        {
            if (c.Sentences < MinOccurrences)
            {
                continue;
            }

            double w = Math.Log((Math.Max(0, c.Positive) + Smoothing) / (Math.Max(0, c.Negative) + Smoothing));
            if (Math.Abs(w) >= 0.05)
            {
                weights.Add(new(key, (float)Math.Round(w, 3)));
            }
        }

        return new ClaimWeights(weights, threshold);
    }

    private static ClaimModelInput Input(Row row, ClaimWeights weights)
    {
        var features = new float[ClaimFeatures.Count];
        ClaimFeatures.Extract(row.Text, row.Tokens, row.Cues, weights, features);
        return new ClaimModelInput { Features = features, Label = row.Worthy, Weight = row.Weight };
    }

    internal static double BestF1Threshold(List<(double P, bool Positive)> scored)
    {
        var sorted = scored.OrderByDescending(s => s.P).ToList();
        int positives = sorted.Count(s => s.Positive);
        int tp = 0;
        double best = -1, threshold = 0.5;
        for (int i = 0; i < sorted.Count; i++)
        {
            tp += sorted[i].Positive ? 1 : 0;
            if (i + 1 < sorted.Count && sorted[i + 1].P == sorted[i].P)
            {
                continue;
            }

            double f1 = 2.0 * tp / (i + 1 + positives);
            if (f1 > best)
            {
                best = f1;
                threshold = i + 1 < sorted.Count ? (sorted[i].P + sorted[i + 1].P) / 2 : sorted[i].P;
            }
        }

        return Math.Round(threshold, 4);
    }

    internal sealed record Scores(double F1, double Precision, double Recall, double Accuracy, double Auroc, double Map, int Debates, string PerDebate)
    {
        public string Line => string.Create(CultureInfo.InvariantCulture, $"ClaimBuster F1 {F1:F4} (P {Precision:F4}, R {Recall:F4}, accuracy {Accuracy:F4}, AUROC {Auroc:F4}); CLEF MAP {Map:F4} over {Debates} debates");
    }

    internal static Scores Figures(List<(Row Row, double P)> scored, double threshold)
    {
        var cb = scored.Where(s => s.Row.DataSet == "claimbuster").Select(s => (s.P, s.Row.Worthy)).ToList();
        var m = Confusion.At(cb, threshold);
        var perDebate = new StringBuilder();
        var aps = new List<double>();
        foreach (var debate in scored.Where(s => s.Row.DataSet == "clef").GroupBy(s => s.Row.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            double ap = Metrics.AveragePrecision(debate.Select(s => (s.P, s.Row.Worthy)));
            aps.Add(ap);
            perDebate.AppendLine(CultureInfo.InvariantCulture, $"| {debate.Key} | {debate.Count()} | {debate.Count(s => s.Row.Worthy)} | {ap:F4} |");
        }

        return new Scores(m.F1, m.Precision, m.Recall, m.Accuracy, Metrics.Auroc(cb), aps.Count > 0 ? aps.Average() : double.NaN, aps.Count, perDebate.ToString());
    }

    /// <summary>
    /// How the model reads news, which it was not trained on: the sentences of the human news of machine_news (BBC),
    /// split by the library, and the share rated check-worthy by kind of sentence. There are no check-worthiness
    /// labels for news here, so this shows behaviour, not accuracy.
    /// </summary>
    private static string NewsCarryOver(string dataRoot, ClaimWeights weights, PredictionEngine<ClaimModelInput, BinaryModelOutput> engine, double threshold)
    {
        var groups = new Dictionary<string, (int Sentences, int Worthy)>(StringComparer.Ordinal);
        void Add(string group, bool worthy)
        {
            var g = groups.GetValueOrDefault(group);
            groups[group] = (g.Sentences + 1, g.Worthy + (worthy ? 1 : 0));
        }

        var spans = new List<TextSpan>();
        var buffer = new Token[SentenceCues.MaxTokens];
        foreach (var (_, source, text) in DataSets.CleanNews(dataRoot).Where(t => t.Source == "machine_news"))
        {
            spans.Clear();
            SentenceSplitter.Split(text, spans);
            foreach (var span in spans)
            {
                var array = WordScanner.Scan(text, span, buffer).ToArray();
                var cues = SentenceCues.Of(text, array);
                var features = new float[ClaimFeatures.Count];
                ClaimFeatures.Extract(text, array, cues, weights, features);
                bool worthy = engine.Predict(new ClaimModelInput { Features = features }).Probability >= threshold;
                int words = array.Count(t => t.Kind == TokenKind.Word);
                Add("all sentences", worthy);
                Add(array.Any(t => t.Kind == TokenKind.Number) ? "with a number" : "without a number", worthy);
                Add(cues.Attribution == AttributionKind.Named ? "with named attribution" : "without attribution", worthy);
                Add(array.Length > 0 && text[array[0].Start] is '"' or '\u201C' ? "opening with a quotation mark" : "not opening with a quotation mark", worthy);
                Add(words < 8 ? "under 8 words" : "8 words or more", worthy);
            }
        }

        var b = new StringBuilder();
        b.AppendLine("| news sentences (BBC, human side of machine_news) | sentences | rated check-worthy |");
        b.AppendLine("|---|---|---|");
        foreach (var (group, (n, worthy)) in groups.OrderBy(g => g.Key == "all sentences" ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {group} | {n} | {worthy / (double)Math.Max(1, n):P1} |");
        }

        return b.ToString();
    }

    private static string Card(List<Row> rows, int trainRows, int testRows, int weights, FastTreeBinaryTrainer.Options o, double threshold, Scores cv, Scores heldOut, string news)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("# claims-v1 — check-worthiness of a sentence");
        b.AppendLine();
        b.AppendLine("FastTree binary classifier (ML.NET 5.0.1) over `ClaimFeatures` (computed by the library from one sentence), with the word and word-pair weights it reads (`claims-v1.lex`: hashed naive-Bayes log-odds of check-worthiness, never the words). The library reports each sentence's probability p as `checkworthy` = σ(logit p − logit t), with the threshold t below, so that a sentence is check-worthy when `checkworthy` ≥ 0.5 — the output contract's decision point is the model's own.");
        b.AppendLine();
        b.AppendLine("## Command");
        b.AppendLine();
        b.AppendLine("```");
        b.AppendLine("dotnet run -c Release --project src/SourceScore.Training -- claims");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine(c, $"Reads `../shared/data/claimbuster` and `../shared/data/clef2019_checkworthy` in place; writes `models/claims-v1.zip`, `models/claims-v1.lex` and this card. Fixed seed {Seed}, one training thread: the same command gives the same files and figures.");
        b.AppendLine();
        b.AppendLine("## Data and licences");
        b.AppendLine();
        b.AppendLine("| data set | used for | licence as stated in source |");
        b.AppendLine("|---|---|---|");
        b.AppendLine("| `claimbuster` `dev.jsonl` (US presidential debate sentences 1960–2016; check-worthy factual claim vs non-factual or unimportant; claimbuster-spotter `kfold_25ncs.json`) | examples; word weights | GNU GPL v3.0 (repository); data set: Zenodo record 3609356 |");
        b.AppendLine("| `clef2019_checkworthy` `dev.jsonl` (CLEF-2019 CheckThat! task 1 training debates and speeches; line fact-checked by a journalist or not) | examples; word weights | \"These datasets are free for general research use.\" |");
        b.AppendLine();
        b.AppendLine(c, $"Sentences: {rows.Count(r => r.DataSet == "claimbuster")} ClaimBuster ({rows.Count(r => r.DataSet == "claimbuster" && r.Worthy)} check-worthy), {rows.Count(r => r.DataSet == "clef")} CLEF lines ({rows.Count(r => r.DataSet == "clef" && r.Worthy)} check-worthy). Each line is read on its own (no speaker, no neighbouring lines), as the library reads a one-sentence article. Weights: {weights} words and pairs, shipped as 64-bit hashes and log-odds.");
        b.AppendLine();
        b.AppendLine("## Split");
        b.AppendLine();
        b.AppendLine(c, $"Held out by group when `sha256(\"sourcescore-fold-v1|claims|\" + group)` mod 100 < 20: a CLEF debate is one group (so held-out debates are whole), a ClaimBuster sentence is its own group unless its text also occurs in a CLEF debate, when it follows that debate. Train rows {trainRows}, held-out rows {testRows} ({heldOut.Debates} CLEF debates). Inside training, five cross-fitting folds by the same groups: each training sentence is featurised with weights counted without its fold, and out-of-fold probabilities give the cross-validated figures and choose the threshold t = **{threshold:F4}** (best out-of-fold ClaimBuster F1). Inside each data set the classes are weighted to balance; a CLEF line weighs {ClefWeight} of a ClaimBuster sentence. Nothing was tuned on the held-out rows.");
        b.AppendLine();
        b.AppendLine("## Features (schema version " + ClaimFeatures.SchemaVersion.ToString(c) + ")");
        b.AppendLine();
        b.AppendLine(string.Join(", ", ClaimFeatures.Names.Select(n => "`" + n + "`")) + ". `weight_*` and `pair_weight_*` read the word and pair weights (sum over the square root of the token count, mean, maximum, minimum, share of strong weights); the rest count marks of a checkable claim (figures, percentages, money, scale and number words, years, months, time cues, superlatives, comparisons, changes, causes, accusations, names by shape, acronyms, policy words) and of talk that is not one (first and second person, questions, modals, opinion verbs, negation, opening discourse markers, courtesies, speech broken off), and the attribution and hedging cues of `SentenceCues`.");
        b.AppendLine();
        b.AppendLine("## Trainer");
        b.AppendLine();
        b.AppendLine(c, $"FastTree binary: {o.NumberOfTrees} trees, {o.NumberOfLeaves} leaves, at least {o.MinimumExampleCountPerLeaf} examples a leaf, learning rate {o.LearningRate}, example weights as above, 1 thread, seed {o.Seed}. Platt-calibrated probability. Word weights: words and pairs in at least {MinOccurrences} training sentences, log((positive + {Smoothing}) / (negative + {Smoothing})) of the class-balanced counts.");
        b.AppendLine();
        b.AppendLine("## Figures");
        b.AppendLine();
        b.AppendLine("ClaimBuster: F1 of the check-worthy class at p ≥ t. CLEF: average precision of each debate's lines ranked by p, averaged over debates (the task's official MAP).");
        b.AppendLine();
        b.AppendLine("| part | ClaimBuster F1 | precision | recall | accuracy | AUROC | CLEF MAP | debates |");
        b.AppendLine("|---|---|---|---|---|---|---|---|");
        b.AppendLine(c, $"| cross-validated (training rows, out of fold) | {cv.F1:F4} | {cv.Precision:F4} | {cv.Recall:F4} | {cv.Accuracy:F4} | {cv.Auroc:F4} | {cv.Map:F4} | {cv.Debates} |");
        b.AppendLine(c, $"| held out | {heldOut.F1:F4} | {heldOut.Precision:F4} | {heldOut.Recall:F4} | {heldOut.Accuracy:F4} | {heldOut.Auroc:F4} | {heldOut.Map:F4} | {heldOut.Debates} |");
        b.AppendLine();
        b.AppendLine("Held-out CLEF debates:");
        b.AppendLine();
        b.AppendLine("| debate | lines | check-worthy | average precision |");
        b.AppendLine("|---|---|---|---|");
        b.Append(heldOut.PerDebate);
        b.AppendLine();
        b.AppendLine("## From debates to news");
        b.AppendLine();
        b.AppendLine("Both data sets are speech: debate answers and speeches, full of first and second person, questions, courtesies and talk about the debate itself, which the model learned to rate low. News is written in the third person and is mostly statements of fact, so far more of its sentences read as check-worthy. There are no check-worthiness labels for news here; the table shows how the model rates the sentences of human news (as the library splits them), which is behaviour, not accuracy:");
        b.AppendLine();
        b.Append(news);
        b.AppendLine();
        b.AppendLine("What carries over: figures, names, changes and causes raise the probability as they do in debates; opinion, first person and short fragments lower it. What does not: the threshold was set for debate sentences, where about one in three of the ClaimBuster sentences is check-worthy; in news the share is higher, so `claims.checkworthy` counts many plain news statements, and `claims.risk` (the share left unsupported) is the figure to compare between articles. Quotations are rated like any sentence; the signal then counts them as supported through their speaker.");
        b.AppendLine();
        b.AppendLine("For scale (`../shared/data/README.md`, `FLOOR_BASELINES.json`): the bag-of-words floor on the official held-out sets is ClaimBuster F1 0.766 and CLEF MAP 0.114; the best CLEF-2019 system reached MAP 0.166 with the debate context this model does not read.");
        return b.ToString();
    }
}
