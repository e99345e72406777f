using System.Globalization;
using SourceScore.Html;
using SourceScore.Text;

namespace SourceScore.Scoring;

/// <summary>Reports the input limits an article reached (SS5001–SS5003), an input with no text (SS5009) and a page whose article was not found (SS5011). Always part of a scorer.</summary>
internal sealed class InputLimitCheck : ICheck
{
    public static readonly InputLimitCheck Instance = new();

    private InputLimitCheck()
    {
    }

    public IReadOnlyList<Rule> Rules => ScorerRules.All;

    public void Run(CheckContext context)
    {
        var article = context.Article;
        if (article.Extraction is { MissedPageText: > 0 } extraction)
        {
            context.Report(ScorerRules.NoArticleFound, new TextSpan(0, 0), extraction.MissedPageText.ToString("N0", CultureInfo.InvariantCulture));
        }
        else if (!TextScan.HasLetterOrDigit(context.Text))
        {
            context.Report(ScorerRules.NoText, new TextSpan(0, 0));
        }

        if (context.IsTruncated)
        {
            int checkedLength = context.Text.Length;
            context.Report(
                ScorerRules.TextTooLong,
                new TextSpan(checkedLength, article.Text.Length - checkedLength),
                checkedLength.ToString("N0", CultureInfo.InvariantCulture),
                article.Text.Length.ToString("N0", CultureInfo.InvariantCulture));
        }

        if ((article.Limits & ExtractionLimits.HtmlTruncated) != 0)
        {
            context.Report(ScorerRules.HtmlTooLong, new TextSpan(article.Text.Length, 0), (article.Extraction?.MaxHtmlLength ?? HtmlExtractionOptions.Default.MaxHtmlLength).ToString("N0", CultureInfo.InvariantCulture));
        }

        if ((article.Limits & ExtractionLimits.DepthLimited) != 0)
        {
            context.Report(ScorerRules.HtmlTooDeep, new TextSpan(0, 0), article.Extraction?.MaxDepth ?? HtmlExtractionOptions.Default.MaxDepth);
        }
    }
}
