namespace SourceScore;

/// <summary>How an <see cref="ISourceLedger"/> weighs a source's articles into its credibility.</summary>
/// <remarks>
/// Credibility = (<see cref="PriorWeight"/> × <see cref="PriorCredibility"/> + Σ wᵢ × overallᵢ) / (<see cref="PriorWeight"/> + Σ wᵢ),
/// where an article's weight wᵢ halves every <see cref="HalfLife"/> between its date and the source's newest
/// article. So three bad articles from a new source move it less than three hundred move an old one, and a
/// source whose articles improve recovers as the old ones fade.
/// </remarks>
public sealed class SourceLedgerOptions
{
    /// <summary>Gets the defaults: prior 50 worth 3 articles, half-life 90 days.</summary>
    public static SourceLedgerOptions Default { get; } = new();

    /// <summary>Gets the credibility of a source before any article (0–100).</summary>
    public double PriorCredibility { get; init; } = 50;

    /// <summary>Gets how many articles the prior is worth.</summary>
    public double PriorWeight { get; init; } = 3;

    /// <summary>Gets the age, relative to the source's newest article, at which an article counts half.</summary>
    public TimeSpan HalfLife { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Throws when an option is out of range.</summary>
    internal void Validate()
    {
        if (!(PriorCredibility is >= 0 and <= 100) || !(PriorWeight > 0) || double.IsInfinity(PriorWeight) || HalfLife <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SourceLedgerOptions), "PriorCredibility must lie in [0, 100], PriorWeight and HalfLife must be positive.");
        }
    }
}
