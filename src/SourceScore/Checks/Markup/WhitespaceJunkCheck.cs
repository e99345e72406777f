namespace SourceScore.Checks.Markup;

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

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.BlankLineRun, MarkupRules.TrailingWhitespace];

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
