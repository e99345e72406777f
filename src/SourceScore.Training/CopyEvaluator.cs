using System.Globalization;
using SourceScore.Index;
using SourceScore.Signals.Agreement;
using SourceScore.StanceReader;

namespace SourceScore.Training;

/// <summary>
/// The pairs copy detection is measured on: rewrites with their originals (the language-model rewrites of
/// <c>machine_news</c>, and BBC texts spun by the training spinner and by the paraphrase spinner) and independent
/// coverage of one event (FNC-1 bodies about the same claim, syndicated duplicates removed; the seeds 000, 002, 003
/// and 004). Each pair is (kind, group, original, derived); a story group is held out by
/// <see cref="DataSets.IsHeldOut"/> ("copies").
/// </summary>
internal static class CopyEvaluator
{
    /// <summary>Word 8-shingles two FNC-1 bodies must share, as a share of the shorter's, to count as one syndicated text (removed).</summary>
    public const double SyndicatedShingles = 0.2;

    /// <summary>Names and figures a rewrite shares at most with the article it is attached to, when it is about another story (<see cref="IsAnotherStory"/>).</summary>
    public const int AnotherStoryAnchors = 1;

    internal sealed record Pair(string Kind, string Group, string Original, string Derived, bool Copy);

    /// <summary>Id and source the original of each pair is indexed under; the derived text is scored from another source.</summary>
    private const string OriginalId = "original";
    private const string OriginalSource = "origin.example";
    private const string DerivedSource = "mill.example";

    /// <summary>How one text aligns with another (both plain text files): the figures the decision reads.</summary>
    public static int RunPair(string derivedPath, string originalPath, TextWriter log)
    {
        var lexicon = StanceModel.Lexicon;
        var r = CopyAlignment.Align(CopyPrint.Of(File.ReadAllText(derivedPath), lexicon), CopyPrint.Of(File.ReadAllText(originalPath), lexicon));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Evidence}; {r.Passages.Count} passages; probability {CopyModel.Probability(r.Evidence):0.000} (threshold {CopyModel.Threshold:0.000}): derived {r.IsDerived}"));
        return 0;
    }

    public static int Run(string dataRoot, string modelsDir, TextWriter log)
    {
        var pairs = Pairs(dataRoot, modelsDir, log);
        log.WriteLine($"{pairs.Count} pairs: " + string.Join(", ", pairs.GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Count()}")));
        log.WriteLine();
        log.WriteLine("Alignment alone (CopyAlignment.IsDerived, the embedded copy model), tuning half / held-out half of the story groups:");
        var lexicon = StanceModel.Lexicon;
        foreach (var g in pairs.GroupBy(p => p.Kind))
        {
            var rows = g.Select(p => (p, Result: CopyAlignment.Align(CopyPrint.Of(p.Derived, lexicon), CopyPrint.Of(p.Original, lexicon)), HeldOut: DataSets.IsHeldOut(p.Group, "copies"))).ToList();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {g.Key,-26} derived: tuning {Rate(rows.Where(r => !r.HeldOut), r => r.Result.IsDerived)} · held out {Rate(rows.Where(r => r.HeldOut), r => r.Result.IsDerived)}; verbatim median {Median(rows.Where(r => r.Result.IsDerived).Select(r => r.Result.Verbatim))}"));
        }

        string seeds = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataRoot))!, "seeds");
        var spun = CopyPrint.Of(File.ReadAllText(Directory.GetFiles(seeds, "001_*.txt").Single()), lexicon);
        foreach (string other in new[] { "000", "002", "003", "004" })
        {
            var r = CopyAlignment.Align(spun, CopyPrint.Of(File.ReadAllText(Directory.GetFiles(seeds, other + "_*.txt").Single()), lexicon));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seed 001 against {other}: share {r.Share:0.00}, names and figures borrowed {r.Evidence.Anchors:0.00}, {r.Evidence.Sentences} sentences aligned, probability {CopyModel.Probability(r.Evidence):0.000}, derived {r.IsDerived}"));
        }

        log.WriteLine();
        log.WriteLine("Through Scorer.Score (default checks and the story index; the original indexed from another source), held-out half:");
        foreach (var (kind, stats) in ThroughScorer(pairs.Where(p => DataSets.IsHeldOut(p.Group, "copies"))))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-26} {stats.Count,5} texts: copy finding naming the original {stats.Named / (double)stats.Count:P1}; SS4005 {stats.NearCopy}, SS4006 {stats.Reworded}, SS4007 {stats.Credited}; passages located {(stats.Named == 0 ? 0 : stats.Located / (double)stats.Named):P1}; counted as corroboration {stats.Corroborated}"));
        }

        return 0;
    }

    internal sealed class KindStats
    {
        public int Count;
        public int Named;
        public int NearCopy;
        public int Reworded;
        public int Credited;
        public int Located;
        public int Corroborated;
    }

    /// <summary>Scores each derived text through the scorer against an index holding only its original; counts by kind.</summary>
    internal static SortedDictionary<string, KindStats> ThroughScorer(IEnumerable<Pair> pairs)
    {
        var result = new SortedDictionary<string, KindStats>(StringComparer.Ordinal);
        var lockObject = new object();
        Parallel.ForEach(pairs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, pair =>
        {
            using var index = new CorpusIndex();
            index.Add(Article.FromText(pair.Original, OriginalId, OriginalSource));
            var scorer = new ScorerBuilder().UseDefaultChecks().UseAgreementChecks(index, new AgreementOptions { AddScoredArticles = false }).Build();
            var score = scorer.Score(Article.FromText(pair.Derived, "derived", DerivedSource));
            var copy = score.CopiedFrom;
            bool named = copy is { Id: OriginalId };
            var findings = score.Findings.Where(f => f.Rule.Id is "SS4005" or "SS4006" or "SS4007").ToList();
            bool located = named && copy!.Passages.Count > 0 && copy.Passages.All(p => p.Span.End <= pair.Derived.Length && p.Original.End <= pair.Original.Length && p.Original.Length > 0)
                && findings.Count > 0;
            bool corroborated = score.Findings.Any(f => f.Rule.Id == "SS4002");
            lock (lockObject)
            {
                if (!result.TryGetValue(pair.Kind, out var stats))
                {
                    result[pair.Kind] = stats = new KindStats();
                }

                stats.Count++;
                stats.Named += named ? 1 : 0;
                stats.NearCopy += findings.Any(f => f.Rule.Id == "SS4005") ? 1 : 0;
                stats.Reworded += findings.Any(f => f.Rule.Id == "SS4006") ? 1 : 0;
                stats.Credited += findings.Any(f => f.Rule.Id == "SS4007") ? 1 : 0;
                stats.Located += located ? 1 : 0;
                stats.Corroborated += corroborated ? 1 : 0;
            }
        });

        return result;
    }

    private static string Rate<T>(IEnumerable<T> rows, Func<T, bool> test)
    {
        var list = rows.ToList();
        return list.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{list.Count(test) / (double)list.Count:P1} of {list.Count}");
    }

    private static string Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list.Count == 0 ? "–" : list[list.Count / 2].ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Every pair, in a fixed order (spun texts from fixed seeds).</summary>
    internal static List<Pair> Pairs(string dataRoot, string modelsDir, TextWriter log)
    {
        var pairs = new List<Pair>();
        var humans = new Dictionary<string, string>(StringComparer.Ordinal);
        var rewrites = new List<(string Group, string Generator, string Text)>();
        foreach (var row in DataSets.ReadJsonl(Path.Combine(dataRoot, "machine_news", "dev.jsonl")))
        {
            string group = "mn:" + row.GetProperty("group").GetString();
            string text = row.GetProperty("text").GetString()!;
            string generation = row.GetProperty("generation").GetString()!;
            if (generation == "human")
            {
                humans[group] = text;
            }
            else if (generation == "rewrite_of_human_article")
            {
                rewrites.Add((group, row.GetProperty("generator").GetString()!, text));
            }
        }

        var attached = rewrites.CountBy(r => (r.Group, r.Generator)).ToDictionary(c => c.Key, c => c.Value);
        foreach (var (group, generator, text) in rewrites)
        {
            if (!humans.TryGetValue(group, out var original))
            {
                continue;
            }

            if (attached[(group, generator)] > 1 && IsAnotherStory(text, original))
            {
                log.WriteLine($"left out as attached to the wrong article: {generator} rewrite in {group} (\"{text[..Math.Min(60, text.Length)].ReplaceLineEndings(" ")}…\" against \"{original[..Math.Min(60, original.Length)]}…\")");
                continue;
            }

            pairs.Add(new Pair("rewrite:" + generator, group, original, text, true));
        }

        var wordNet = WordNet.Load(modelsDir);
        var spinner = new Spinner(wordNet, MachineTrainer.Typos(dataRoot, wordNet));
        var paraphraser = new ParaphraseSpinner(wordNet);
        var random = new Random(20261203);
        var paraphraseRandom = new Random(20261204);
        foreach (var (group, text) in humans.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            pairs.Add(new Pair("spun", group, text, spinner.Spin(text, random), true));
            pairs.Add(new Pair("paraphrase-spun", group, text, paraphraser.Spin(text, paraphraseRandom), true));
            pairs.Add(new Pair("reprint", group, text, Reprint(text) + "\n\nShare this story with your friends.", true));
            pairs.Add(new Pair("credited-reprint", group, text, Reprint(text) + "\n\nThis story first appeared on Origin.", true));
        }

        pairs.AddRange(SameEventPairs(dataRoot, log));
        pairs.AddRange(SeedPairs(dataRoot));
        return pairs;
    }

    /// <summary>
    /// Whether a rewrite is about another story than the article it is attached to. The L2R data set attached each
    /// rewrite to its most similar human article, and a generator rewrote each article once, so where one generator has
    /// two rewrites attached to one article, one may be a rewrite of an article the data set does not hold: read by hand,
    /// those sharing at most <see cref="AnotherStoryAnchors"/> name or figure with the article are (a hurricane in Mexico
    /// against a fishing survey, a FIFA coin market against Olympic sailors, moths in Malaysia against a football injury).
    /// </summary>
    private static bool IsAnotherStory(string rewrite, string original)
    {
        var lexicon = StanceModel.Lexicon;
        var originalKeys = CopyPrint.Of(original, lexicon).Keys.ToArray().Select(CopyPrint.KeyOf).ToHashSet();
        int shared = CopyPrint.Of(rewrite, lexicon).Keys.ToArray().Where(CopyPrint.IsAnchor).Select(CopyPrint.KeyOf).Distinct()
            .Count(k => originalKeys.Contains(k) || SynonymKeys.Of(k).ToArray().Any(originalKeys.Contains));
        return shared <= AnotherStoryAnchors;
    }

    /// <summary>The text without its last sentence (a reprint cut to fit).</summary>
    private static string Reprint(string text)
    {
        var sentences = new List<TextSpan>();
        Text.SentenceSplitter.Split(text, sentences);
        return sentences.Count < 3 ? text : text[..sentences[^2].End];
    }

    /// <summary>Pairs of seeds 000, 002, 003 and 004: independent coverage, none a copy of another.</summary>
    private static IEnumerable<Pair> SeedPairs(string dataRoot)
    {
        string seeds = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataRoot))!, "seeds");
        var files = new[] { "000", "002", "003", "004" }.Select(p => File.ReadAllText(Directory.GetFiles(seeds, p + "_*.txt").Single())).ToList();
        for (int a = 0; a < files.Count; a++)
        {
            for (int b = 0; b < files.Count; b++)
            {
                if (a != b)
                {
                    yield return new Pair("seeds", "seeds", files[a], files[b], false);
                }
            }
        }
    }

    /// <summary>
    /// FNC-1 bodies related (agree, disagree or discuss) to the same headline, each unordered pair once, both
    /// directions read; a pair sharing <see cref="SyndicatedShingles"/> of the shorter body's word 8-shingles is one
    /// syndicated text and is left out (counted in the log).
    /// </summary>
    private static IEnumerable<Pair> SameEventPairs(string dataRoot, TextWriter log)
    {
        var bodies = DataSets.FncBodies(dataRoot);
        var byHeadline = DataSets.FncStories(dataRoot);
        var seen = new HashSet<(int, int)>();
        var shingles = new Dictionary<int, HashSet<ulong>>();
        int syndicated = 0, kept = 0;
        var result = new List<Pair>();
        foreach (var (headline, ids) in byHeadline.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var list = ids.ToList();
            for (int x = 0; x < list.Count; x++)
            {
                for (int y = x + 1; y < list.Count; y++)
                {
                    if (!seen.Add((list[x], list[y])))
                    {
                        continue;
                    }

                    var a = ShinglesOf(list[x]);
                    var b = ShinglesOf(list[y]);
                    int common = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
                    if (common >= SyndicatedShingles * Math.Max(1, Math.Min(a.Count, b.Count)))
                    {
                        syndicated++;
                        continue;
                    }

                    kept++;
                    string group = "fnc:" + list[x];
                    result.Add(new Pair("fnc1-same-event", group, bodies[list[x]], bodies[list[y]], false));
                    result.Add(new Pair("fnc1-same-event", group, bodies[list[y]], bodies[list[x]], false));
                }
            }
        }

        log.WriteLine($"FNC-1 same-claim body pairs: {kept} kept, {syndicated} left out as syndicated (>= {SyndicatedShingles:P0} of the shorter body's word 8-shingles shared)");
        return result;

        HashSet<ulong> ShinglesOf(int id)
        {
            if (shingles.TryGetValue(id, out var set))
            {
                return set;
            }

            var words = bodies[id].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => Text.WordHash.Of(w)).ToArray();
            set = [];
            for (int i = 0; i + 8 <= words.Length; i++)
            {
                ulong h = words[i];
                for (int k = 1; k < 8; k++)
                {
                    h = Text.WordHash.Pair(h, words[i + k]);
                }

                set.Add(h);
            }

            return shingles[id] = set;
        }
    }
}
