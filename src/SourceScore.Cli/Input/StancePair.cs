namespace SourceScore.Cli.Input;

/// <summary>One line of a stance file: a headline (the claim) and a body.</summary>
internal sealed record StancePair(string Id, string Headline, string Body);
