namespace SourceScore.Orleans;

/// <summary>
/// The cluster's story index or ledger could not be reached (a silo lost, a call timed out). A scoring grain does not
/// turn it into the article's error record, as it does a fault of the article's own: the call fails, and the client
/// sends the article again. Crosses grain calls with its message (the caller's error names what failed).
/// </summary>
[GenerateSerializer]
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterUnavailableException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What could not be reached.</param>
    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">What could not be reached.</param>
    /// <param name="innerException">The failure of the grain call.</param>
    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// A call to the cluster whose failure becomes this exception, naming <paramref name="what"/> could not be reached
    /// and why. The cause is told in the message, not kept as the inner exception: the exception crosses grain calls,
    /// and a cause of a type Orleans cannot serialize (Npgsql's <c>PostgresException</c>) would replace it, on the
    /// way, with "could not find a codec".
    /// </summary>
    internal static async Task<T> OnFailure<T>(Task<T> call, string what)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (Exception ex) when (IsClusterFailure(ex))
        {
            throw Unreachable(what, ex);
        }
    }

    /// <inheritdoc cref="OnFailure{T}(Task{T}, string)"/>
    internal static async Task OnFailure(Task call, string what)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (Exception ex) when (IsClusterFailure(ex))
        {
            throw Unreachable(what, ex);
        }
    }

    private static ClusterUnavailableException Unreachable(string what, Exception cause) =>
        new($"{what} could not be reached: {ExceptionText.Of(cause)}");

    private static bool IsClusterFailure(Exception ex) => ex is not OperationCanceledException and not ArgumentException and not ClusterUnavailableException;
}
