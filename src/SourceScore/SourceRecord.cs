namespace SourceScore;

/// <summary>What an <see cref="ISourceLedger"/> knows of one source.</summary>
/// <param name="Source">The source: publisher or domain, lower case.</param>
/// <param name="Articles">Articles recorded.</param>
/// <param name="Credibility">0 to 100 like <see cref="ArticleScore.Overall"/>: the articles' overall scores averaged with the prior, recent ones weighing more.</param>
/// <param name="Signals">Each signal's average risk over the articles that had one (recent ones weighing more).</param>
/// <param name="FirstSeen">The earliest article date (its publication date, else when it was recorded).</param>
/// <param name="LastSeen">The latest article date.</param>
/// <remarks>Immutable.</remarks>
public sealed record SourceRecord(string Source, long Articles, double Credibility, IReadOnlyDictionary<Signal, double> Signals, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
