using SourceScore.Text;

namespace SourceScore.Signals.Source;

/// <summary>
/// An article's headline and where its body starts: the given title (and, when the text repeats it as its first
/// line, that line), or else a first line that reads as a headline — three to thirty words, no full stop, with
/// text after it.
/// </summary>
/// <param name="Text">The headline.</param>
/// <param name="Span">Where it is in the text; empty at 0 when it came from the metadata only.</param>
/// <param name="BodyStart">Where the body starts in the text.</param>
internal readonly record struct Headline(string Text, TextSpan Span, int BodyStart)
{
    public const int MinWords = 3, MaxWords = 30, MaxLength = 250;

    /// <summary>Finds the headline of <paramref name="article"/>, whose checked text and its lines are given.</summary>
    public static Headline? Find(Article article, ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines)
    {
        var first = FirstLine(text, lines);
        var line = text.Slice(first.Start, first.Length);
        if (article.Title is { } title && !string.IsNullOrWhiteSpace(title))
        {
            return line.Trim().Equals(title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)
                ? new Headline(title, first, first.End)
                : new Headline(title, new TextSpan(0, 0), 0);
        }

        var trimmed = line.TrimEnd();
        if (trimmed.IsEmpty || trimmed.Length > MaxLength || first.End >= text.TrimEnd().Length || trimmed[^1] is '.' or ',' or ';' or ':' or '!')
        {
            return null;
        }

        return TextScan.CountWords(trimmed) is >= MinWords and <= MaxWords ? new Headline(trimmed.ToString(), new TextSpan(first.Start, trimmed.Length), first.End) : null;
    }

    /// <summary>The first line with any text on it, from its first non-blank character.</summary>
    private static TextSpan FirstLine(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines)
    {
        foreach (var line in lines)
        {
            var content = text.Slice(line.Start, line.Length);
            int lead = content.Length - content.TrimStart().Length;
            if (lead < content.Length)
            {
                return new TextSpan(line.Start + lead, line.Length - lead);
            }
        }

        return new TextSpan(0, 0);
    }
}
