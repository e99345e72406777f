namespace SourceScore;

/// <summary>
/// A check reads an article's shared views through a <see cref="CheckContext"/> and reports findings.
/// Checks are the library's extension point.
/// </summary>
/// <remarks>
/// Implementations hold no per-article state: one instance serves every article on every thread at
/// once, so <see cref="Run"/> must be thread-safe.
/// </remarks>
public interface ICheck
{
    /// <summary>Gets every rule the check can report.</summary>
    IReadOnlyList<Rule> Rules { get; }

    /// <summary>Runs the check on the article behind <paramref name="context"/>.</summary>
    /// <param name="context">The article's views and the place to report findings.</param>
    void Run(CheckContext context);
}
