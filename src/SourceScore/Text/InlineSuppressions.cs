namespace SourceScore.Text;

/// <summary>
/// The editor's inline suppressions in a draft: an HTML comment (in Markdown, HTML or plain text) that does not show in
/// print, <c>&lt;!-- sourcescore-disable-next-line SS3001, SS3002 -- checked with the ministry --&gt;</c>, suppresses the
/// named rules (every rule when none is named) on the next line that has text. A finding there is kept as suppressed
/// (<see cref="Finding.Suppressed"/>) and does not count; the comment itself is no finding. Text after <c>--</c> is the
/// editor's reason. Immutable and thread-safe.
/// </summary>
internal sealed class InlineSuppressions
{
    /// <summary>The word that makes an HTML comment a suppression.</summary>
    public const string Keyword = "sourcescore-disable-next-line";

    private const int MaxComment = 1000;

    private InlineSuppressions(IReadOnlyList<Entry> entries, IReadOnlyList<TextSpan> markers)
    {
        Entries = entries;
        Markers = markers;
    }

    /// <summary>Gets each suppression: the line it covers, the rules (null for all) and the editor's reason.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Gets the comments in the text that are suppressions (for text input; HTML drops its comments).</summary>
    public IReadOnlyList<TextSpan> Markers { get; }

    /// <summary>
    /// Whether the text may hold a suppression: every draft without one costs one search. The keyword is matched as
    /// written, in lower case (as linters' own comments are): an ordinal search stays vectorised on any text, where one
    /// ignoring case slows to a character at a time on non-ASCII text (30 µs on a typical page).
    /// </summary>
    public static bool MayHold(string text) => text.Contains(Keyword, StringComparison.Ordinal);

    /// <summary>The suppressions written as comments in a text taken as it is; null when there are none.</summary>
    public static InlineSuppressions? OfText(string text)
    {
        if (!MayHold(text))
        {
            return null;
        }

        var lines = LineIndex.Build(text);
        var entries = new List<Entry>();
        var markers = new List<TextSpan>();
        int from = 0;
        while (from < text.Length)
        {
            int open = text.IndexOf("<!--", from, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            int close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0 || close - open > MaxComment)
            {
                from = open + 4;
                continue;
            }

            from = close + 3;
            if (Read(text.AsSpan(open + 4, close - open - 4)) is not { } directive)
            {
                continue;
            }

            markers.Add(new TextSpan(open, close + 3 - open));
            int line = lines.LineOf(close);
            for (int next = line + 1; next < lines.Count; next++)
            {
                // The whole line: a finding may start at its list marker ("- claim").
                if (TextScan.ContentOf(text, lines[next]).Length > 0)
                {
                    entries.Add(new Entry(lines[next], directive.Rules, directive.Reason));
                    break;
                }
            }
        }

        return markers.Count == 0 ? null : new InlineSuppressions(entries, markers);
    }

    /// <summary>
    /// The suppressions of an HTML page, each given as the text that followed its comment: each is looked for in the
    /// extracted <paramref name="text"/>, in order, and covers the line it starts on (one whose text extraction dropped covers nothing).
    /// </summary>
    public static InlineSuppressions? OfAnchors(string text, IReadOnlyList<(string Anchor, Directive Directive)> anchors)
    {
        var lines = LineIndex.Build(text);
        var entries = new List<Entry>();
        int from = 0;
        foreach (var (anchor, directive) in anchors)
        {
            if (FindWords(text, anchor, from) is not int at)
            {
                continue;
            }

            entries.Add(new Entry(lines[lines.LineOf(at)], directive.Rules, directive.Reason));
            from = at;
        }

        return entries.Count == 0 ? null : new InlineSuppressions(entries, []);
    }

    /// <summary>Whether <paramref name="ruleId"/> is suppressed at <paramref name="offset"/>, and the editor's reason.</summary>
    public bool Covers(string ruleId, int offset, out string reason)
    {
        foreach (var entry in Entries)
        {
            if (offset >= entry.Line.Start && offset < Math.Max(entry.Line.End, entry.Line.Start + 1)
                && (entry.Rules is null || Array.IndexOf(entry.Rules, ruleId) >= 0))
            {
                reason = entry.Reason;
                return true;
            }
        }

        reason = string.Empty;
        return false;
    }

    /// <summary>Whether a span lies inside one of the suppression comments themselves.</summary>
    public bool InMarker(TextSpan span)
    {
        foreach (var marker in Markers)
        {
            if (span.Start >= marker.Start && span.End <= marker.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The directive of a comment's inside, or null when it is not a suppression.</summary>
    internal static Directive? Read(ReadOnlySpan<char> comment)
    {
        comment = comment.Trim();
        if (!comment.StartsWith(Keyword, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = comment[Keyword.Length..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]))
        {
            return null;
        }

        string reason = string.Empty;
        int dashes = rest.IndexOf("--", StringComparison.Ordinal);
        if (dashes >= 0)
        {
            reason = rest[(dashes + 2)..].Trim().ToString();
            rest = rest[..dashes];
        }

        var rules = new List<string>();
        foreach (var range in rest.SplitAny(" \t\r\n,"))
        {
            var id = rest[range];
            if (id.Length > 0)
            {
                rules.Add(id.ToString().ToUpperInvariant());
            }
        }

        return new Directive(rules.Count == 0 ? null : [.. rules], reason);
    }

    /// <summary>Where the first words of <paramref name="anchor"/> (up to eight) occur in <paramref name="text"/> in order, whatever lies between them.</summary>
    private static int? FindWords(string text, string anchor, int from)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= anchor.Length && words.Count < 8; i++)
        {
            bool letter = i < anchor.Length && char.IsLetterOrDigit(anchor[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(anchor[start..i]);
                start = -1;
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        for (int at = text.IndexOf(words[0], from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words[0], at + 1, StringComparison.Ordinal))
        {
            int position = at + words[0].Length;
            bool all = true;
            for (int w = 1; w < words.Count && all; w++)
            {
                while (position < text.Length && !char.IsLetterOrDigit(text[position]))
                {
                    position++;
                }

                all = string.CompareOrdinal(text, position, words[w], 0, words[w].Length) == 0;
                position += words[w].Length;
            }

            if (all)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>What a suppression comment says.</summary>
    /// <param name="Rules">The rule ids, or null for every rule.</param>
    /// <param name="Reason">The editor's reason, after <c>--</c>; empty when none was given.</param>
    internal sealed record Directive(string[]? Rules, string Reason);

    /// <summary>One suppression.</summary>
    /// <param name="Line">The line it covers, without its line break.</param>
    /// <param name="Rules">The rule ids, or null for every rule.</param>
    /// <param name="Reason">The editor's reason, after <c>--</c>; empty when none was given.</param>
    internal sealed record Entry(TextSpan Line, string[]? Rules, string Reason);
}
