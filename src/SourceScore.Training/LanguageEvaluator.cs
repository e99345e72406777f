using System.Diagnostics;
using System.Globalization;
using SourceScore.Languages;

namespace SourceScore.Training;

/// <summary>
/// Language detection on the labelled sample of <see cref="LanguageSamples"/>: accuracy by language and kind, the
/// confusions, English texts taken for another language, and what the scorer reports on the non-English texts (no
/// finding of a signal that judges English only may remain).
/// </summary>
internal static class LanguageEvaluator
{
    public static int Run(string dataRoot, TextWriter log, bool highAccuracy)
    {
        var detector = highAccuracy ? new LanguageDetector(lowAccuracy: false) : LanguageDetector.Shared;
        var foreign = LanguageSamples.Pages(dataRoot).Concat(LanguageSamples.Handbook()).Where(s => s.Text.Length >= LanguageSamples.MinLength).ToList();
        var english = LanguageSamples.EnglishNews(dataRoot).Concat(LanguageSamples.EnglishPages(dataRoot)).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lingua {(highAccuracy ? "high" : "low")}-accuracy mode; {foreign.Count} non-English texts of {LanguageSamples.MinLength}+ characters, {english.Count} English texts"));

        var confusions = new List<string>();
        var byLanguage = new SortedDictionary<string, (int N, int Right)>(StringComparer.Ordinal);
        var byKind = new SortedDictionary<string, (int N, int Right)>(StringComparer.Ordinal);
        var lingua = Stopwatch.StartNew();
        foreach (var sample in foreign)
        {
            var found = detector.Detect(sample.Text, null);
            bool right = found.Code == sample.Language;
            Add(byLanguage, sample.Language, right);
            Add(byKind, sample.Kind, right);
            if (!right)
            {
                confusions.Add(string.Create(CultureInfo.InvariantCulture, $"{sample.Kind} {sample.Id} {sample.Language} → {found.Code} {found.Confidence:0.00}: {Cut(sample.Text)}"));
            }
        }

        lingua.Stop();
        int foreignRight = byLanguage.Values.Sum(v => v.Right);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Non-English: {foreignRight} of {foreign.Count} right ({foreignRight / (double)foreign.Count:P2}); {lingua.Elapsed.TotalMilliseconds / foreign.Count:0.00} ms a text (one thread, models loading included)"));
        foreach (var (language, (n, right)) in byLanguage)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {language} {LanguageDetector.NameOf(language),-12} {right,4} of {n,4}  {right / (double)n:P1}"));
        }

        foreach (var (kind, (n, right)) in byKind)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-13} {right,4} of {n,4}  {right / (double)n:P1}"));
        }

        foreach (string confusion in confusions)
        {
            log.WriteLine("  missed: " + confusion);
        }

        int englishRight = 0;
        var fast = Stopwatch.StartNew();
        foreach (var sample in english)
        {
            var found = detector.Detect(sample.Text, null);
            if (found.Code == "en")
            {
                englishRight++;
            }
            else
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  English taken for {found.Code} {found.Confidence:0.00}: {sample.Kind} {sample.Id}: {Cut(sample.Text)}"));
            }
        }

        fast.Stop();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"English: {englishRight} of {english.Count} told English ({englishRight / (double)english.Count:P2}); {fast.Elapsed.TotalMicroseconds / english.Count:0.0} µs a text"));

        var scorer = new ScorerBuilder().UseDefaultChecks().Build();
        var leaks = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int scored = 0;
        foreach (var sample in foreign)
        {
            var article = sample.Html is null ? Article.FromText(sample.Text, sample.Id) : Article.FromHtml(sample.Html, sample.Id);
            var score = scorer.Score(article);
            if (!score.Language.IsJudgedAsEnglish)
            {
                scored++;
            }

            foreach (var finding in score.Findings.Where(f => IsEnglishOnly(f.Rule, new ArticleLanguage(sample.Language, 1))))
            {
                leaks[finding.Rule.Id] = leaks.GetValueOrDefault(finding.Rule.Id) + 1;
            }
        }

        log.WriteLine($"Through Scorer.Score: {scored} of {foreign.Count} non-English texts scored as non-English; findings of English-only rules on them: {(leaks.Count == 0 ? "none" : string.Join(", ", leaks.Select(l => $"{l.Key} {l.Value}")))}");
        return 0;
    }

    /// <summary>
    /// Rules that read English words on an article in <paramref name="language"/>: the machine, claims and agreement
    /// signals', the source signal's opinion and headline rules, and its byline and date rules in a language whose marks
    /// are not read.
    /// </summary>
    internal static bool IsEnglishOnly(Rule rule, ArticleLanguage language) =>
        rule.Signal is Signal.Machine or Signal.Claims or Signal.Agreement || rule.Id is "SS5007" or "SS5008"
        || (rule.Id is "SS5005" or "SS5006" && !Signals.Source.ArticleMarks.ReadsMarksOf(language));

    private static void Add(SortedDictionary<string, (int N, int Right)> counts, string key, bool right)
    {
        var (n, r) = counts.GetValueOrDefault(key);
        counts[key] = (n + 1, r + (right ? 1 : 0));
    }

    private static string Cut(string text) => (text.Length > 90 ? text[..90] : text).ReplaceLineEndings(" ");
}
