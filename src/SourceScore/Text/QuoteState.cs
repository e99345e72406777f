namespace SourceScore.Text;

/// <summary>
/// Whether a quotation is open, tracked as the sentences of a text are read in order, so that a sentence
/// inside a quotation opened earlier can take that quotation's attribution. Straight quotes toggle; curly
/// quotes open and close; a line break closes everything (a quotation that runs on over paragraphs
/// reopens with a quote mark at the start of each, as news style has it). Reads each character once.
/// </summary>
internal struct QuoteState
{
    private int _position;
    private int _straight;
    private int _curly;

    /// <summary>Gets whether a quotation is open at the position read up to.</summary>
    public readonly bool IsOpen => (_straight & 1) == 1 || _curly > 0;

    /// <summary>Reads on from where the last call stopped up to <paramref name="end"/> and tells whether a quotation is open there.</summary>
    public bool ReadTo(ReadOnlySpan<char> text, int end)
    {
        end = Math.Min(end, text.Length);
        for (int i = _position; i < end; i++)
        {
            switch (text[i])
            {
                case '"':
                    _straight++;
                    break;
                case '\u201C':
                    _curly++;
                    break;
                case '\u201D':
                    _curly = Math.Max(0, _curly - 1);
                    break;
                case '\n' or '\r' or '\u2028' or '\u2029':
                    _straight = 0;
                    _curly = 0;
                    break;
            }
        }

        _position = Math.Max(_position, end);
        return IsOpen;
    }
}
