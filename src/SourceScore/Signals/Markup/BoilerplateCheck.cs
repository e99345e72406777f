namespace SourceScore.Signals.Markup;

/// <summary>
/// Reports page furniture left inside the article (<see cref="Text.PageFurniture"/>): sharing, follow-us, newsletter,
/// sales, copyright and navigation lines (SS1011), and blocks of links to other stories, such as "Where next?" headings
/// and lists of dated headlines (SS1012). An article in another language is read for its own language's labels too.
/// </summary>
internal sealed class BoilerplateCheck : ICheck
{
    public static readonly BoilerplateCheck Instance = new();

    private BoilerplateCheck()
    {
    }

    public IReadOnlyList<Rule> Rules { get; } = [MarkupRules.Boilerplate, MarkupRules.RelatedLinks];

    /// <remarks>A piece that starts on one of the outlet's own boilerplate lines (<see cref="SourceScoreConfiguration.Boilerplate"/>) is its furniture by intent, not left over.</remarks>
    public void Run(CheckContext context)
    {
        foreach (var piece in context.Furniture)
        {
            if (!context.IsHouseLine(piece.Span))
            {
                context.Report(piece.Links ? MarkupRules.RelatedLinks : MarkupRules.Boilerplate, piece.Span, piece.Label);
            }
        }
    }
}
