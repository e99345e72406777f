namespace SourceScore.Signals.Markup;

/// <summary>
/// Finds runs of empty lines (SS1013) and trailing whitespace junk (SS1014). Thresholds come from the
/// human news in ../shared/data: one empty line between paragraphs is normal and two occur in scraped
/// bodies, so a run is reported from <see cref="MinBlankRun"/> lines inside the text, or from two at its
/// end; one or two trailing spaces are common, so trailing junk starts at three characters or at any
/// tab or no-break space.
/// </summary>
internal sealed class WhitespaceJunkCheck : ICheck
{
    public static readonly WhitespaceJunkCheck Instance = new();

    private const int MinBlankRun = 3;
    private const int MinBlankRunAtEnd = 2;
    private const int MinTrailingSpaces = 3;

    private WhitespaceJunkCheck()
    {
    }

    // Inside a line, two or three spaces occur in clean scraped text; a tab, a no-break space in a run, or four spaces do not
    // (the human news in ../shared/data has them only in scraped "Video loading            Watch next" debris).
    private const int MinInnerSpaces = 4;

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.BlankLineRun, MarkupRules.TrailingWhitespace, MarkupRules.InnerWhitespace];

    public void Run(CheckContext context)
    {
        var text = context.Text;
        var lines = context.Lines;
        int runStart = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = text.Slice(lines[i].Start, lines[i].Length);
            bool blank = line.IsWhiteSpace();
            if (blank)
            {
                if (runStart < 0)
                {
                    runStart = i;
                }

                // An "empty" line made of spaces, tabs or no-break spaces is junk of its own.
                if (line.Length >= MinTrailingSpaces || line.ContainsAnyExcept(' '))
                {
                    context.Report(MarkupRules.TrailingWhitespace, lines[i], line.Length, Describe(line));
                }

                continue;
            }

            if (runStart >= 0)
            {
                ReportRun(context, lines, runStart, i, atEnd: false);
                runStart = -1;
            }

            int trimmed = line.TrimEnd(" \t\u00A0\u2007\u202F\u3000\u200B\u2002\u2003\u2009").Length;
            ReportInnerRuns(context, lines[i].Start, line[..trimmed]);
            int junk = line.Length - trimmed;
            if (junk > 0 && (junk >= MinTrailingSpaces || line[trimmed..].ContainsAnyExcept(' ')))
            {
                context.Report(MarkupRules.TrailingWhitespace, new TextSpan(lines[i].Start + trimmed, junk), junk, Describe(line[trimmed..]));
            }
        }

        if (runStart >= 0 && runStart > 0)
        {
            // The text ends in empty lines. The last "line" after a final newline is empty by construction and is not a blank line.
            int count = lines.Length - runStart - 1;
            if (count >= MinBlankRunAtEnd || (count >= 1 && lines[^1].Length > 0))
            {
                ReportRun(context, lines, runStart, lines.Length - 1, atEnd: true);
            }
        }
    }

    /// <summary>Reports runs of white space between words that hold a tab or no-break space (three or more) or four spaces.</summary>
    private static void ReportInnerRuns(CheckContext context, int lineStart, ReadOnlySpan<char> line)
    {
        int lead = line.Length - line.TrimStart(" \t\u00A0").Length;
        int i = lead;

        // Where the next double space and the next tab or no-break space are (absolute; -1: none left). Each is searched
        // again only once the scan has passed it, so a line of many single no-break spaces costs one pass, not one
        // search of the rest of the line per space (a million-character line took 12 s).
        int nextSpaces = -2, nextOther = -2;
        while (i < line.Length)
        {
            // Two vectorised searches (a double space; a tab or no-break space) are far cheaper than one multi-string search.
            if (nextSpaces != -1 && nextSpaces < i)
            {
                int found = line[i..].IndexOf("  ", StringComparison.Ordinal);
                nextSpaces = found < 0 ? -1 : i + found;
            }

            if (nextOther != -1 && nextOther < i)
            {
                int found = line[i..].IndexOfAny('\t', '\u00A0');
                nextOther = found < 0 ? -1 : i + found;
            }

            int start = nextSpaces < 0 ? nextOther : nextOther < 0 ? nextSpaces : Math.Min(nextSpaces, nextOther);
            if (start < 0)
            {
                return;
            }

            int end = start;
            while (end < line.Length && line[end] is ' ' or '\t' or '\u00A0')
            {
                end++;
            }

            var run = line[start..end];
            int length = end - start;
            if (end < line.Length && (length >= MinInnerSpaces || (length >= 3 && run.ContainsAnyExcept(' ')) || (length >= 2 && run.Contains('\t'))))
            {
                context.Report(MarkupRules.InnerWhitespace, new TextSpan(lineStart + start, length), length, Describe(run));
            }

            i = end;
        }
    }

    private static void ReportRun(CheckContext context, ReadOnlySpan<TextSpan> lines, int first, int next, bool atEnd)
    {
        int count = next - first;
        if (count < (atEnd ? 1 : MinBlankRun))
        {
            return;
        }

        // Span from the end of the last text line to the start of the next one (or the end of the text).
        int start = lines[first - 1 < 0 ? 0 : first - 1].End;
        int end = atEnd ? context.Text.Length : lines[next].Start;
        if (first == 0)
        {
            start = 0;
        }

        context.Report(MarkupRules.BlankLineRun, TextSpan.FromBounds(start, end), count);
    }

    private static string Describe(ReadOnlySpan<char> junk)
    {
        int spaces = 0, tabs = 0, other = 0;
        foreach (char c in junk)
        {
            switch (c)
            {
                case ' ':
                    spaces++;
                    break;
                case '\t':
                    tabs++;
                    break;
                default:
                    other++;
                    break;
            }
        }

        var parts = new List<string>(3);
        if (spaces > 0)
        {
            parts.Add(spaces == 1 ? "1 space" : $"{spaces} spaces");
        }

        if (tabs > 0)
        {
            parts.Add(tabs == 1 ? "1 tab" : $"{tabs} tabs");
        }

        if (other > 0)
        {
            parts.Add(other == 1 ? "1 other space" : $"{other} other spaces");
        }

        return string.Join(", ", parts);
    }
}
