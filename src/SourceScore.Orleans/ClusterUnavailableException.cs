namespace SourceScore.Orleans;

/// <summary>
/// The cluster's story index or ledger could not be reached (a silo lost, a call timed out). A scoring grain does not
/// turn it into the article's error record, as it does a fault of the article's own: the call fails, and the client
/// sends the article again.
/// </summary>
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
}
