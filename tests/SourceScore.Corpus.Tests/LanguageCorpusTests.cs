using SourceScore.Languages;
using SourceScore.Testing;
using SourceScore.Training;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// Language detection and what the scorer does with other languages (issue 36), on the labelled sample of
/// <see cref="LanguageSamples"/>: the non-English real pages of <c>article_extraction</c> and excerpts of them, the
/// Debian Administrator's Handbook in its translations (Debian's <c>debian-handbook</c>, which <c>.ci/run</c> installs),
/// and English news (<c>-- eval-language</c>, docs/languages.md).
/// </summary>
public sealed class LanguageCorpusTests
{
    private static readonly Lazy<List<LanguageSamples.Sample>> s_foreign = new(() =>
    {
        Assert.True(Directory.Exists(LanguageSamples.HandbookRoot), $"{LanguageSamples.HandbookRoot} is missing: install Debian's debian-handbook package (.ci/run does)");
        return [.. LanguageSamples.Pages(TestPaths.DataRoot).Concat(LanguageSamples.Handbook()).Where(s => s.Text.Length >= LanguageSamples.MinLength)];
    });

    [Fact]
    public void Texts_of_200_characters_or_more_are_told_right_at_least_98_percent_of_the_time_in_every_language()
    {
        var samples = s_foreign.Value;
        foreach (string required in new[] { "fr", "es", "de", "pt", "it", "ru", "ar", "zh", "ja", "ko" })
        {
            Assert.True(samples.Count(s => s.Language == required) >= 20, $"fewer than 20 {required} texts in the sample");
        }

        var results = samples.Select(s => (s.Language, Found: LanguageDetector.Shared.Detect(s.Text, null).Code)).ToList();
        double overall = results.Count(r => r.Found == r.Language) / (double)results.Count;
        Assert.True(overall >= 0.98, $"{overall:P2} of {results.Count} told right");
        foreach (var group in results.GroupBy(r => r.Language).Where(g => g.Count() >= 20))
        {
            double rate = group.Count(r => r.Found == r.Language) / (double)group.Count();
            Assert.True(rate >= 0.98, $"{group.Key}: {rate:P1} of {group.Count()} told right");
        }
    }

    [Fact]
    public void English_news_is_told_English()
    {
        var english = LanguageSamples.EnglishNews(TestPaths.DataRoot).Concat(LanguageSamples.EnglishPages(TestPaths.DataRoot)).ToList();
        var missed = english.Where(s => LanguageDetector.Shared.Detect(s.Text, null).Code != "en").Select(s => s.Kind + " " + s.Id).ToList();

        // The data sets' "English" texts hold three that are not: a Welsh BBC story and two French FNC-1 bodies (and a
        // Chinese error page); those are told for what they are, and nothing else may be.
        Assert.True(missed.Count <= 4, string.Join(", ", missed));
    }

    [Fact]
    public void No_non_English_text_gets_a_finding_of_a_rule_that_reads_English()
    {
        var scorer = Scorer.CreateDefault();
        var leaks = new List<string>();
        foreach (var sample in s_foreign.Value)
        {
            var article = sample.Html is null ? Article.FromText(sample.Text, sample.Id) : Article.FromHtml(sample.Html, sample.Id);
            var score = scorer.Score(article);
            if (score.Language.Code != sample.Language)
            {
                continue; // told wrong: counted by the accuracy test
            }

            leaks.AddRange(score.Findings.Where(f => LanguageEvaluator.IsEnglishOnly(f.Rule, score.Language)).Select(f => $"{sample.Id} {f.Rule.Id} {f.Excerpt}"));
            Assert.All(score.Signals.Where(s => s.Signal is Signal.Machine or Signal.Claims or Signal.Agreement), s => Assert.False(s.Assessed));
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(20)));
    }

    [Fact]
    public void Every_real_non_English_page_is_scored_without_English_findings()
    {
        var scorer = Scorer.CreateDefault();
        foreach (var page in LanguageSamples.Pages(TestPaths.DataRoot).Where(p => p.Kind == "page"))
        {
            var score = scorer.Score(Article.FromHtml(page.Html!, page.Id));
            Assert.False(score.Language.IsJudgedAsEnglish, $"{page.Id} ({page.Language}) was judged as English");
            Assert.DoesNotContain(score.Findings, f => LanguageEvaluator.IsEnglishOnly(f.Rule, score.Language));
        }
    }
}
