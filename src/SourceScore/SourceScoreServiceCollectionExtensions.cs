using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SourceScore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers SourceScore with a dependency-injection container.</summary>
public static partial class SourceScoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="Scorer"/> as a singleton (built on first use, its models loaded then and logged),
    /// the story index as <see cref="ICorpusIndex"/> and the source ledger as <see cref="ISourceLedger"/> (in memory),
    /// each a singleton. Stores the application registered before this call are kept; the SourceScore.Sqlite
    /// package's <c>AddSqliteSourceLedger</c> replaces the in-memory ledger whether it is called before or after.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> for every signal with the defaults.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Called twice on the same collection.</exception>
    public static IServiceCollection AddSourceScore(this IServiceCollection services, Action<SourceScoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(SourceScoreOptions)))
        {
            throw new InvalidOperationException("AddSourceScore was already called on this service collection.");
        }

        var options = new SourceScoreOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton<ICorpusIndex>(_ => new CorpusIndex(options.Index));
        services.TryAddSingleton<ISourceLedger>(_ => new InMemorySourceLedger(options.Ledger));
        services.TryAddSingleton(provider => Build(options, provider));
        return services;
    }

    private static Scorer Build(SourceScoreOptions options, IServiceProvider provider)
    {
        var log = Logger(provider);
        var clock = Stopwatch.StartNew();
        var builder = new ScorerBuilder().WithOptions(options.Scorer).WithLogger(log);
        if (options.Markup)
        {
            builder.UseMarkupChecks();
        }

        if (options.Machine)
        {
            builder.UseMachineChecks();
        }

        if (options.Claims)
        {
            builder.UseClaimsChecks();
        }

        if (options.Facts)
        {
            builder.UseSourceChecks();
        }

        if (options.Agreement)
        {
            builder.UseAgreementChecks(provider.GetRequiredService<ICorpusIndex>());
        }

        if (options.Configuration is { } configuration)
        {
            builder.UseConfiguration(configuration);
        }

        options.ConfigureScorer?.Invoke(builder);
        var scorer = builder.Build();

        // Score one short text so that every embedded model is loaded now, once, rather than inside the first request.
        scorer.Warm();
        LogScorerReady(log, string.Join(", ", scorer.Signals.Select(s => s.ToName())), scorer.Rules.Count, clock.ElapsedMilliseconds);
        return scorer;
    }

    /// <summary>SourceScore's logger (category <c>SourceScore</c>) from the registered factory; a null logger without one. Also used by SourceScore.Sqlite.</summary>
    internal static ILogger Logger(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger("SourceScore") ?? NullLogger.Instance;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SourceScore scorer ready: signals {Signals}, {Rules} rules; models loaded in {ElapsedMs} ms")]
    private static partial void LogScorerReady(ILogger logger, string signals, int rules, long elapsedMs);
}
