namespace SourceScore.Orleans;

/// <summary>An exception told in one line (its type and the first line of its message), for an error that crosses grain calls as text.</summary>
internal static class ExceptionText
{
    public static string Of(Exception exception) => $"{exception.GetType().Name}: {exception.Message.Split('\n')[0]}";
}
