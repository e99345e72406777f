using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SourceScore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite source ledger with a dependency-injection container.</summary>
public static partial class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteSourceLedger"/> on <paramref name="path"/> (created when missing) as the singleton
    /// <see cref="ISourceLedger"/>, replacing the in-memory ledger <c>AddSourceScore</c> registers; call it before or
    /// after <c>AddSourceScore</c>. The file is opened on first use, and the container disposes it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="path">The ledger file.</param>
    /// <param name="options">How credibility is weighed; <see langword="null"/> for the defaults.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is <see langword="null"/> or empty.</exception>
    public static IServiceCollection AddSqliteSourceLedger(this IServiceCollection services, string path, SourceLedgerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(path);
        services.Replace(ServiceDescriptor.Singleton<ISourceLedger>(provider =>
        {
            var ledger = new SqliteSourceLedger(path, options);
            LogLedgerOpened(SourceScoreServiceCollectionExtensions.Logger(provider), ledger.Path);
            return ledger;
        }));
        return services;
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "SourceScore source ledger opened: {Path}")]
    private static partial void LogLedgerOpened(ILogger logger, string path);
}
