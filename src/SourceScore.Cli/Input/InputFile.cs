namespace SourceScore.Cli.Input;

/// <summary>The kinds of input the tool reads, by file name.</summary>
internal enum InputKind
{
    Text,
    Html,
    Jsonl,
}

internal static class InputFile
{
    public static InputKind? KindOf(string path)
    {
        string ext = Path.GetExtension(path);
        return ext.ToUpperInvariant() switch
        {
            ".TXT" or ".MD" => InputKind.Text,
            ".HTML" or ".HTM" => InputKind.Html,
            ".JSONL" => InputKind.Jsonl,
            _ => null,
        };
    }
}
