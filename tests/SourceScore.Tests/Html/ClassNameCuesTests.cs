using System.Text.RegularExpressions;
using SourceScore.Html;

namespace SourceScore.Tests.Html;

public sealed partial class ClassNameCuesTests
{
    [Theory]
    [InlineData("article-body", false, true, true, false)]
    [InlineData("sidebar", true, false, false, true)]
    [InlineData("SIDEBAR widget", true, false, false, true)]
    [InlineData("story-related", true, true, true, true)]
    [InlineData("hid", false, false, false, true)]
    [InlineData("x HID y", false, false, false, true)]
    [InlineData("hidx", false, false, false, false)]
    [InlineData("x\thid", false, false, false, false)]
    [InlineData("", false, false, false, false)]
    public void Reads_class_values_like_readability(string value, bool unlikely, bool maybe, bool positive, bool negative)
    {
        Assert.Equal(unlikely, ClassNameCues.IsUnlikely(value));
        Assert.Equal(maybe, ClassNameCues.IsMaybe(value));
        Assert.Equal(positive, ClassNameCues.IsPositive(value));
        Assert.Equal(negative, ClassNameCues.IsNegative(value));
    }

    // The scans against the backtracking patterns they replaced, on class values made of their words, pieces of
    // them, separators and case changes (fixed seed): the same answer on every value.
    [Fact]
    public void Agree_with_the_patterns_they_replaced()
    {
        string[] pieces = ["article", "side", "bar", "hid", " ", "-", "_", "ad", "-ad-", "comm", "ent", "foot", "er", "main", "x", "Story", "TEXT", "com-", "h-entry", "\t", "share", "pag", "e"];
        var random = new Random(20261203);
        for (int n = 0; n < 5000; n++)
        {
            var value = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (random.Next(3) == 0)
            {
                value = value.ToUpperInvariant();
            }

            Assert.True(Unlikely().IsMatch(value) == ClassNameCues.IsUnlikely(value), value);
            Assert.True(Maybe().IsMatch(value) == ClassNameCues.IsMaybe(value), value);
            Assert.True(Positive().IsMatch(value) == ClassNameCues.IsPositive(value), value);
            Assert.True(Negative().IsMatch(value) == ClassNameCues.IsNegative(value), value);
        }
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|promo|share|cookie|consent|recirc|most-popular|trending|byline-share|toolbar", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|post-text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Maybe();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|recommend|taboola|caption|credit|author-bio|social", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();
}
