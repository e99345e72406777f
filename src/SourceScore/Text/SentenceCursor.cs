namespace SourceScore.Text;

/// <summary>
/// Which sentence a text is in, tracked as its tokens are read in order against the sentences <see cref="SentenceSplitter"/>
/// gave, so that a one-pass reader of tokens tells where a sentence starts without finding sentence ends itself. A
/// position in no sentence (between two, such as an editor's suppression comment) belongs to the next one. Reads each
/// sentence once.
/// </summary>
internal ref struct SentenceCursor
{
    private readonly ReadOnlySpan<TextSpan> _sentences;
    private int _index;
    private int _end;

    /// <summary>A cursor in the first of <paramref name="sentences"/>.</summary>
    public SentenceCursor(ReadOnlySpan<TextSpan> sentences)
    {
        _sentences = sentences;
        _end = sentences.Length > 0 ? sentences[0].End : int.MaxValue;
    }

    /// <summary>
    /// Whether a token at <paramref name="position"/> (no earlier than the last one asked about) is in a later sentence than
    /// the last one; if so, the cursor moves to that sentence.
    /// </summary>
    public bool EntersNext(int position)
    {
        if (position < _end)
        {
            return false;
        }

        while (_index < _sentences.Length && _sentences[_index].End <= position)
        {
            _index++;
        }

        _end = _index < _sentences.Length ? _sentences[_index].End : int.MaxValue;
        return true;
    }
}
