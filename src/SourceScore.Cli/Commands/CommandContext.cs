namespace SourceScore.Cli.Commands;

/// <summary>What every command runs with: the standard streams, whether standard error is a terminal, and how the scorer is built over the story index.</summary>
/// <param name="Stdin">Opens standard input.</param>
/// <param name="Stdout">Opens standard output.</param>
/// <param name="Stderr">Standard error, synchronised (written from more than one thread).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal: then <c>score</c> shows its progress there.</param>
/// <param name="CreateScorer">Builds the scorer over the story index (tests put a failing check in it).</param>
internal sealed record CommandContext(Func<Stream> Stdin, Func<Stream> Stdout, TextWriter Stderr, bool ErrorIsTerminal, Func<ICorpusIndex, Scorer> CreateScorer);
