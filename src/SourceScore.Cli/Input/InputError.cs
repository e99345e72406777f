namespace SourceScore.Cli.Input;

/// <summary>An input that could not be read, or a feed line that was skipped: one line for standard error.</summary>
/// <param name="Location">The input, or the feed line (<c>feed.jsonl:3</c>).</param>
/// <param name="Reason">What is wrong, in one sentence.</param>
/// <param name="Field">The feed line's field that is wrong (<c>published</c>), when one is.</param>
internal sealed record InputError(string Location, string Reason, string? Field = null)
{
    public override string ToString() => $"sourcescore: {Location}: {Reason}";
}
