namespace SourceScore.Testing;

/// <summary>
/// Text with expected spans marked inline, Roslyn style: <c>"a [|&lt; / li &gt;|] b"</c> is the text
/// <c>"a &lt; / li &gt; b"</c> with one expected span over the tag.
/// </summary>
internal static class MarkedText
{
    public static (string Text, List<TextSpan> Spans) Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        int open = -1;
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked.AsSpan(i).StartsWith("[|", StringComparison.Ordinal))
            {
                open = text.Length;
                i++;
            }
            else if (marked.AsSpan(i).StartsWith("|]", StringComparison.Ordinal))
            {
                spans.Add(TextSpan.FromBounds(open, text.Length));
                open = -1;
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        return (text.ToString(), spans);
    }
}
