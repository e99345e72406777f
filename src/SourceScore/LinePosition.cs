namespace SourceScore;

/// <summary>A 1-based line and column (in UTF-16 code units) in an article's text.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct LinePosition(int Line, int Column);
