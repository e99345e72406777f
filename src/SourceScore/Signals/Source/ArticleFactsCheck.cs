using System.Globalization;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Signals.Source;

/// <summary>
/// The facts about an article an editor fixes before it goes out: no byline (SS5005), no dateline or date
/// (SS5006), commentary not labelled as opinion (SS5007), and a headline its own body does not support (SS5008,
/// read with the stance model: the body is unrelated to the headline or disputes it), which make up the
/// <c>source</c> signal's risk, 1 − Π (1 − wᵣ) over the facts reported (<see cref="SourceSignalEvaluator"/>).
/// </summary>
/// <remarks>
/// What an article carries in its metadata (<see cref="Article.Author"/>, <see cref="Article.Published"/>,
/// <see cref="Article.Title"/>, the HTML's section, the address) counts as much as what its text says. A
/// text with no headline given and no headline-like first line is not judged on its headline. Stateless and
/// thread-safe.
/// An article in another language is read for its byline and date where <see cref="ArticleMarks"/> knows the language's
/// marks, and not judged on opinion labels or its headline (English cue words and an English stance model).
/// </remarks>
internal sealed class ArticleFactsCheck : ICheck
{
    /// <summary>
    /// What a fact weighs in the <c>source</c> risk: a missing mark is a small lapse, unlabelled commentary a larger
    /// one, and a headline the story does not bear out the largest; an article with no text at all (SS5009, reported by
    /// the input check) takes the whole risk. Set by reasoning (no labelled data here); docs/signals.md, "Article facts".
    /// </summary>
    public static double WeightOf(Rule rule) => rule.Id switch
    {
        "SS5005" or "SS5006" => 0.08,
        "SS5007" => 0.3,
        "SS5008" => 0.6,
        "SS5009" => 1,
        _ => 0,
    };

    /// <summary>
    /// The probability that the body is unrelated to its headline or disputes it, above which SS5008 fires. Chosen on
    /// the stance model's training pairs and the article-extraction pages (false alarms on real headlines about 1 %);
    /// docs/signals.md, "Article facts".
    /// </summary>
    public const double HeadlineThreshold = 0.8;

    /// <summary>Words a body needs before its headline is judged against it.</summary>
    public const int MinBodyWords = 50;

    public static readonly ArticleFactsCheck Instance = new();

    private ArticleFactsCheck()
    {
    }

    public IReadOnlyList<Rule> Rules => SourceRules.ArticleFacts;

    public void Run(CheckContext context)
    {
        var article = context.Article;
        var text = context.Text;
        if (text.Trim().IsEmpty)
        {
            return;
        }

        // Bylines and dates are read in the languages ArticleMarks knows; the opinion cues and the stance model are English.
        var language = context.Language;
        if (ArticleMarks.ReadsMarksOf(language))
        {
            if (article.Author is null && !ArticleMarks.HasByline(text, language))
            {
                context.Report(SourceRules.NoByline, new TextSpan(0, 0));
            }

            if (article.Published is null && !ArticleMarks.HasDatelineOrDate(text, language))
            {
                context.Report(SourceRules.NoDateline, new TextSpan(0, 0));
            }
        }

        if (!language.IsJudgedAsEnglish)
        {
            return;
        }

        var headline = Headline.Find(article, text, context.Lines);
        if (!IsLabelledOpinion(article, text, headline))
        {
            var reading = OpinionCues.Read(text, context.Sentences);
            if (reading.IsOpinion)
            {
                context.Report(SourceRules.OpinionNotLabelled, reading.FirstOpinion, reading.OpinionSentences, reading.OwnSentences);
            }
        }

        if (headline is { } h && TextScan.CountWords(text[h.BodyStart..]) >= MinBodyWords)
        {
            var lexicon = StanceModel.Lexicon;
            var prediction = StanceModel.Predict(StanceDocument.Of(h.Text, lexicon), StanceDocument.Of(article.Text, new TextSpan(h.BodyStart, text.Length - h.BodyStart), lexicon));
            double against = prediction.Unrelated + prediction.Disagree;
            if (against >= HeadlineThreshold)
            {
                context.Report(
                    SourceRules.HeadlineNotSupported,
                    h.Span,
                    prediction.Unrelated >= prediction.Disagree ? "is about something else" : "disputes it",
                    against.ToString("0.00", CultureInfo.InvariantCulture));
            }
        }
    }

    private static bool IsLabelledOpinion(Article article, ReadOnlySpan<char> text, Headline? headline) =>
        ArticleMarks.IsOpinionName(article.Extraction?.Section)
        || ArticleMarks.IsOpinionName(UrlPath(article.Url))
        || (headline is { } h && ArticleMarks.IsOpinionName(h.Text) && h.Text.AsSpan().IndexOfAny(":|") >= 0)
        || ArticleMarks.HasOpinionLabel(text);

    private static string? UrlPath(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
}
