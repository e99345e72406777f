using System.Globalization;
using System.Text;

namespace SourceScore;

/// <summary>
/// What a check can report: a stable id, the signal it belongs to, a title, a message format and a
/// default severity. A rule is described once; each <see cref="Finding"/> is one reported instance.
/// </summary>
/// <remarks>
/// Ids follow the contract ranges (<c>SS1xxx</c> markup, <c>SS2xxx</c> machine, <c>SS3xxx</c> claims,
/// <c>SS4xxx</c> agreement, <c>SS5xxx</c> source and overall) and are never reused or renumbered.
/// Immutable and thread-safe.
/// </remarks>
public sealed record Rule
{
    private readonly CompositeFormat _format;

    /// <summary>Creates a rule.</summary>
    /// <param name="id">Stable id such as <c>SS1001</c>.</param>
    /// <param name="signal">The signal the rule belongs to.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">A composite format string (invariant culture) for each finding's message.</param>
    /// <param name="defaultSeverity">The severity unless overridden.</param>
    /// <param name="description">What the rule detects (its help says why it matters and how to fix it: <see cref="Rationale"/>, <see cref="Fix"/>).</param>
    /// <exception cref="ArgumentException">The id does not fit the signal's range, or a text is empty.</exception>
    /// <exception cref="FormatException"><paramref name="messageFormat"/> is not a valid composite format.</exception>
    public Rule(string id, Signal signal, string title, string messageFormat, Severity defaultSeverity, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (!IsValidId(id, signal))
        {
            throw new ArgumentException($"Rule id '{id}' must be SS{signal.RuleRangeDigit()}xxx for the {signal.ToName()} signal.", nameof(id));
        }

        Id = id;
        Signal = signal;
        Title = title;
        MessageFormat = messageFormat;
        DefaultSeverity = defaultSeverity;
        Description = description;
        _format = CompositeFormat.Parse(messageFormat);
    }

    /// <summary>Gets the stable id, such as <c>SS1001</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the signal the rule belongs to.</summary>
    public Signal Signal { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the composite format string of each finding's message.</summary>
    public string MessageFormat { get; }

    /// <summary>Gets the severity used unless the scorer overrides it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets what the rule detects.</summary>
    public string Description { get; }

    /// <summary>Gets why a finding matters to a reader of the article, or <see langword="null"/> when the rule does not say.</summary>
    /// <remarks>With <see cref="Fix"/> and <see cref="Example"/>, the rule's help: SARIF writes them as the rule's <c>help</c>, and <c>docs/rules/</c> has a page per built-in rule made from them.</remarks>
    public string? Rationale { get; init; }

    /// <summary>Gets how to fix what the rule finds, or <see langword="null"/> when the rule does not say.</summary>
    public string? Fix { get; init; }

    /// <summary>Gets a short example of text the rule finds (or, for a rule about the whole article, a description of one), or <see langword="null"/>.</summary>
    public string? Example { get; init; }

    /// <summary>Formats a finding's message with the invariant culture.</summary>
    /// <param name="args">The format arguments.</param>
    /// <returns>The message.</returns>
    /// <exception cref="FormatException">The arguments do not fit the format.</exception>
    public string FormatMessage(params ReadOnlySpan<object?> args) =>
        args.IsEmpty ? MessageFormat : string.Format(CultureInfo.InvariantCulture, _format, args);

    /// <inheritdoc />
    public bool Equals(Rule? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    private static bool IsValidId(string id, Signal signal) =>
        id.Length == 6
        && id.StartsWith("SS", StringComparison.Ordinal)
        && id[2] == (char)('0' + signal.RuleRangeDigit())
        && char.IsAsciiDigit(id[3]) && char.IsAsciiDigit(id[4]) && char.IsAsciiDigit(id[5]);
}
