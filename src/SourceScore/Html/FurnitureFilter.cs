using System.Buffers;
using System.Text;
using SourceScore.Text;

namespace SourceScore.Html;

/// <summary>
/// The last step of reading a page's main content: lines a reader of the page does not read as the article are
/// dropped, so that the markup signal judges what the publisher wrote, not what our extraction left around it.
/// Dropped are whole lines of page furniture (<see cref="PageFurniture"/>: advertisement labels, "Related:" and
/// "Read more" links and blocks, share, print and follow-us lines, copyright footers), the page's own labels that
/// never occur in a story ("Continue reading the main story", "Image copyright …", photo credits), later copies of a
/// line, and pull quotes (a line repeated inside a longer paragraph, or a short line whose quotation stands in a longer
/// one: a pull quote with its speaker, a deck that quotes the story). Spaces a browser does not show at a line's ends,
/// the no-break space included, are trimmed. Furniture glued to the end of a paragraph is kept: it is in the
/// publisher's text, and the markup signal reports it. Static and thread-safe.
/// </summary>
internal static class FurnitureFilter
{
    // A pull quote or a repeated line is dropped only when it is long enough to be a sentence, not a label.
    private const int MinRepeatedLine = 20;

    private const int MinPullQuote = 40;

    private const int MaxPullQuote = 400;

    // Characters the pull-quote tests may scan on one page: every line of an article of any usual size is tested (a page of
    // 20,000 characters with 100 lines scans about 4 million), while a huge page of quoted lines cannot make the tests
    // quadratic; lines past the budget are kept (the markup signal may then report a pull quote as a repeat).
    private const long SearchBudget = 16_000_000;

    // Labels of pages (not of stories): a whole line that starts with one of these and is short is furniture.
    private static readonly string[] s_pageLabels =
    [
        "continue reading the main story", "continue reading below", "story continues below", "article continues below",
        "advertisement - continue reading below", "advertisement - scroll to continue", "skip advertisement",
        "image copyright", "image caption", "media caption", "media playback is unsupported", "media playback is not supported",
        "photo:", "photo credit:", "photograph:", "credit:", "image:", "image source:", "(photo", "(image", "(credit",
        "caption:", "enlarge this image", "toggle caption", "hide caption", "view image in fullscreen", "click to enlarge",
        "watch:", "video:", "listen:", "audio:", "sponsored content", "paid content", "paid post", "promoted content",
    ];

    private const int MaxLabelLine = 160;

    // Labels that can also open a sentence ("Supported by the EU, the plan …", "Getty Images said …"): furniture only as
    // a short line of their own.
    private static readonly string[] s_shortLabels = ["supported by", "getty images"];

    private const int MaxShortLabelLine = 40;

    // Whole lines (a list item's bullet aside) that only name a sharing target or the sharing widget itself.
    private static readonly System.Collections.Frozen.FrozenSet<string> s_shareTargets = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "facebook", "twitter", "x", "linkedin", "reddit", "pinterest", "whatsapp", "flipboard", "mix", "tumblr", "telegram", "messenger",
        "email", "e-mail", "print", "share", "tweet", "copy link", "copy link url", "copy link urlcopied!", "link copied", "show more sharing options",
        "more sharing options", "sharing is caring!", "comments", "save", "save article", "gift article", "listen to this article");

    // Spaces a browser does not show at the ends of a line: ASCII ones, the no-break and narrow spaces, zero-width ones.
    private static readonly SearchValues<char> s_edgeSpace = SearchValues.Create(" \t\u00A0\u2007\u202F\u200B\u200C\u200D\u2060\uFEFF");

    // Trimmed from both ends of a pull quote before it is looked for: its quote marks and its closing punctuation, which
    // the quotation in the paragraph often has otherwise ("… as a whole." against "… as a whole,” says …").
    private static readonly SearchValues<char> s_quoteMarks = SearchValues.Create("\"'“”‘’«».,;:!?…");

    /// <summary>
    /// Returns <paramref name="text"/> (lines separated by '\n') without the page's furniture lines; with
    /// <paramref name="otherLanguages"/>, other languages' labels ("Publicité", "Lesen Sie auch") are furniture too.
    /// </summary>
    public static string Drop(string text, bool otherLanguages = false)
    {
        var lines = SplitTrimmed(text);
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        // The trimmed lines, joined, are what the furniture walk and the repeat tests read.
        var joined = new StringBuilder(text.Length);
        var spans = new TextSpan[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            spans[i] = new TextSpan(joined.Length, lines[i].Length);
            joined.Append(lines[i]).Append('\n');
        }

        string all = joined.ToString();
        var dropped = new bool[lines.Count];
        PageFurniture.Walk(all.AsSpan(), spans, (Spans: spans, Dropped: dropped), static (state, piece) =>
        {
            if (!piece.WholeLines)
            {
                return;
            }

            // A whole-line piece runs from the content of its first line (after a list bullet) to the end of its last.
            for (int i = TextScan.LineOf(state.Spans, piece.Span.Start); i < state.Spans.Length && state.Spans[i].Start <= piece.Span.End; i++)
            {
                state.Dropped[i] = true;
            }
        }, otherLanguages);

        DropSummaryBlocks(lines, dropped);
        for (int i = 0; i < lines.Count; i++)
        {
            dropped[i] |= lines[i].Length == 0 || IsPageLabel(lines[i]);
        }

        // Repeats are looked for among the lines still kept, so that a dropped summary cannot make its story a "copy".
        joined.Clear();
        for (int i = 0; i < lines.Count; i++)
        {
            spans[i] = new TextSpan(joined.Length, dropped[i] ? 0 : lines[i].Length);
            if (!dropped[i])
            {
                joined.Append(lines[i]).Append('\n');
            }
        }

        all = joined.ToString();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long budget = SearchBudget;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!dropped[i] && ((lines[i].Length >= MinRepeatedLine && !seen.Add(lines[i])) || IsPullQuote(all, spans, i, ref budget) || IsQuoteTeaser(all, spans, i, ref budget)))
            {
                dropped[i] = true;
            }
        }

        var result = new StringBuilder(text.Length);
        for (int i = 0; i < lines.Count; i++)
        {
            if (!dropped[i] && lines[i].Length > 0)
            {
                if (result.Length > 0)
                {
                    result.Append('\n');
                }

                result.Append(lines[i]);
            }
        }

        return result.ToString();
    }

    private static List<string> SplitTrimmed(string text)
    {
        var lines = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            int start = line.IndexOfAnyExcept(s_edgeSpace);
            if (start < 0)
            {
                lines.Add(string.Empty);
                continue;
            }

            int end = line.LastIndexOfAnyExcept(s_edgeSpace);
            lines.Add(line[start..(end + 1)].ToString());
        }

        return lines;
    }

    // Whether the text at [at, at + length) is a whole line but for quote marks and stops around it: a copy of the line,
    // which the repeat test handles, not a quotation inside a longer paragraph.
    private static bool FillsItsLine(string all, int at, int length)
    {
        int before = at - 1;
        while (before >= 0 && all[before] != '\n' && s_quoteMarks.Contains(all[before]))
        {
            before--;
        }

        int after = at + length;
        while (after < all.Length && all[after] != '\n' && s_quoteMarks.Contains(all[after]))
        {
            after++;
        }

        return (before < 0 || all[before] == '\n') && (after == all.Length || all[after] == '\n');
    }

    private static bool IsPageLabel(string line)
    {
        if (line.Length > MaxLabelLine)
        {
            return false;
        }

        var item = line.StartsWith("- ", StringComparison.Ordinal) ? line.AsSpan(2) : line.AsSpan();
        if (s_shareTargets.GetAlternateLookup<ReadOnlySpan<char>>().Contains(item) || IsShareCount(item))
        {
            return true;
        }

        foreach (string label in s_pageLabels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (string label in s_shortLabels)
        {
            if (line.Length <= MaxShortLabelLine && line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The summary some outlets put above the story ("Key Points" and its bullets), whose bullets repeat the story's own
    // sentences: read with the story, it is a copy of it.
    private static void DropSummaryBlocks(List<string> lines, bool[] dropped)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (!s_summaryHeadings.Contains(lines[i].TrimEnd(':')))
            {
                continue;
            }

            dropped[i] = true;
            for (int j = i + 1; j < lines.Count && lines[j].StartsWith("- ", StringComparison.Ordinal); j++)
            {
                dropped[j] = true;
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> s_summaryHeadings = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "key points", "key takeaways", "highlights", "story highlights", "at a glance", "in brief", "the big picture", "what you need to know");

    // "858 shares", "0shares".
    private static bool IsShareCount(ReadOnlySpan<char> item)
    {
        int digits = item.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && item[digits..].TrimStart().Equals("shares", StringComparison.OrdinalIgnoreCase);
    }

    // A line of sentence length whose whole text (without the quote marks and stops around it) stands elsewhere inside a longer
    // line: a pull quote or a teaser of it. Exact copies of whole lines are left to the repeat test (the first stays).
    private static bool IsPullQuote(string all, TextSpan[] spans, int index, ref long budget)
    {
        var span = spans[index];
        var line = all.AsSpan(span.Start, span.Length);
        int first = line.IndexOfAnyExcept(s_quoteMarks);
        if (first < 0)
        {
            return false;
        }

        line = line[first..(line.LastIndexOfAnyExcept(s_quoteMarks) + 1)];
        if (line.Length is < MinPullQuote or > MaxPullQuote)
        {
            return false;
        }

        for (int at = NextOccurrence(all, line, 0, ref budget); at >= 0; at = NextOccurrence(all, line, at + line.Length, ref budget))
        {
            if (at != span.Start + first && !FillsItsLine(all, at, line.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The offset of the first occurrence of <paramref name="what"/> in <paramref name="all"/> from <paramref name="from"/>
    /// on, or −1; also −1 once the page's search budget (characters scanned) is spent.
    /// </summary>
    private static int NextOccurrence(string all, ReadOnlySpan<char> what, int from, ref long budget)
    {
        if (from >= all.Length || budget <= 0)
        {
            return -1;
        }

        int at = all.AsSpan(from).IndexOf(what, StringComparison.Ordinal);
        budget -= at < 0 ? all.Length - from : at + what.Length;
        return at < 0 ? -1 : at + from;
    }

    // Quote marks that open and close a quotation.
    private static readonly SearchValues<char> s_openingQuotes = SearchValues.Create("\"“«");
    private static readonly SearchValues<char> s_closingQuotes = SearchValues.Create("\"”»");

    // A line of pull-quote length whose first quotation (its closing punctuation aside) stands inside a longer line: a pull
    // quote that names its speaker ("“… an earlier date,” Cooke said.") or a deck that quotes the story.
    private static bool IsQuoteTeaser(string all, TextSpan[] spans, int index, ref long budget)
    {
        var span = spans[index];
        if (span.Length is < MinPullQuote or > MaxPullQuote)
        {
            return false;
        }

        var line = all.AsSpan(span.Start, span.Length);
        int open = line.IndexOfAny(s_openingQuotes);
        if (open < 0)
        {
            return false;
        }

        int close = line[(open + 1)..].IndexOfAny(s_closingQuotes);
        if (close < 0)
        {
            return false;
        }

        var quote = line.Slice(open + 1, close);
        int last = quote.LastIndexOfAnyExcept(s_quoteMarks);
        quote = last < 0 ? [] : quote[..(last + 1)].Trim();
        if (quote.Length < MinPullQuote)
        {
            return false;
        }

        for (int at = NextOccurrence(all, quote, 0, ref budget); at >= 0; at = NextOccurrence(all, quote, at + quote.Length, ref budget))
        {
            if ((at < span.Start || at >= span.End) && LineLengthAt(all, at) > span.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static int LineLengthAt(string all, int offset)
    {
        int start = all.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        int end = all.IndexOf('\n', offset);
        return (end < 0 ? all.Length : end) - start;
    }
}
