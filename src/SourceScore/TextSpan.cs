namespace SourceScore;

/// <summary>
/// A range of UTF-16 code units in an article's <see cref="Article.Text"/>: the one position type of
/// the library. Line and column are computed only when a finding is reported.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Gets the offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an end offset.</summary>
    /// <param name="start">Offset of the first code unit.</param>
    /// <param name="end">Offset just past the last code unit.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether this span and <paramref name="other"/> share at least one code unit.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
