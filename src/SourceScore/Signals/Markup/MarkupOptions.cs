namespace SourceScore.Signals.Markup;

/// <summary>Which parts of the garbled-markup signal run.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class MarkupOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static MarkupOptions Default { get; } = new();

    /// <summary>Gets whether page boilerplate and related-headline blocks are reported (SS1011, SS1012).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool DetectBoilerplate { get; init; } = true;

    /// <summary>Gets whether repeated lines and sentences are reported (SS1010).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool DetectRepeatedFragments { get; init; } = true;

    /// <summary>Gets whether empty-line runs and trailing whitespace are reported (SS1013, SS1014).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool DetectWhitespaceJunk { get; init; } = true;
}
