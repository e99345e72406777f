namespace SourceScore.Cli.Input;

/// <summary>An input that could not be read, or a feed line that was skipped: one line for standard error.</summary>
internal sealed record InputError(string Location, string Reason)
{
    public override string ToString() => $"sourcescore: {Location}: {Reason}";
}
