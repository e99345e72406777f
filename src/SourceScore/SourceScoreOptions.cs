namespace SourceScore;

/// <summary>
/// What <c>services.AddSourceScore(options => …)</c> registers: which signals the scorer computes, its limits, the
/// story index behind the agreement signal, and the source ledger's store.
/// </summary>
/// <remarks>Read once, when the scorer and the stores are first resolved. Not thread-safe while being configured.</remarks>
public sealed class SourceScoreOptions
{
    /// <summary>Gets or sets the scorer's limits and parallelism.</summary>
    public ScorerOptions Scorer { get; set; } = ScorerOptions.Default;

    /// <summary>Gets or sets a value indicating whether the garbled-markup signal is computed. Default on.</summary>
    public bool Markup { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the machine-rewritten-prose signal is computed. Default on.</summary>
    public bool Machine { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the unsupported-claims signal is computed. Default on.</summary>
    public bool Claims { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the article-facts signal (<c>source</c>) is computed. Default on.</summary>
    public bool Facts { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether the cross-source agreement signal is computed against the registered
    /// <see cref="ICorpusIndex"/>, which every scored article then joins. Default on.
    /// </summary>
    public bool Agreement { get; set; } = true;

    /// <summary>Gets or sets the story index's bounds; <see langword="null"/> for the defaults.</summary>
    public CorpusIndexOptions? Index { get; set; }

    /// <summary>
    /// Gets or sets the ledger's prior and decay; <see langword="null"/> for the defaults. Used by the in-memory ledger
    /// registered when the application registers no <see cref="ISourceLedger"/> of its own (the SourceScore.Sqlite
    /// package's <c>AddSqliteSourceLedger</c> registers a durable one).
    /// </summary>
    public SourceLedgerOptions? Ledger { get; set; }

    /// <summary>
    /// Gets or sets a newsroom's settings (<see cref="SourceScoreConfiguration.Load"/> of a <c>sourcescore.json</c>, or
    /// <see cref="SourceScoreConfiguration.FromConfiguration"/> of a section): rule levels, weights, house lists, overrides by
    /// source. <see langword="null"/> for none. From an application's configuration:
    /// <c>options.Configuration = SourceScoreConfiguration.FromConfiguration(builder.Configuration.GetSection("SourceScore"))</c>.
    /// </summary>
    public SourceScoreConfiguration? Configuration { get; set; }

    /// <summary>Gets or sets a last say over the scorer's builder: severities, suppressed rules, extra checks.</summary>
    public Action<ScorerBuilder>? ConfigureScorer { get; set; }
}
