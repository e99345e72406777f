namespace SourceScore.Orleans;

/// <summary>
/// The silo could not make the article it was sent (<see cref="ScoreRequest"/>: its page's extraction or its fields
/// failed) — a fault of the article, not of the cluster, so sending it again would fail again: the caller reports it
/// and goes on, as the tool does with an input it cannot read. Crosses grain calls with its message.
/// </summary>
[GenerateSerializer]
public sealed class ArticleUnreadableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArticleUnreadableException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">Why the article could not be made.</param>
    public ArticleUnreadableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">Why the article could not be made.</param>
    /// <param name="innerException">The failure.</param>
    public ArticleUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
