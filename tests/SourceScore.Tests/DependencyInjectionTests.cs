using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SourceScore.Tests;

public sealed class DependencyInjectionTests
{
    private const string Text = "The port authority reopened the northern channel on Monday after a week of dredging, officials said.\nShips began moving in at dawn.";

    [Fact]
    public void Registers_the_scorer_the_index_and_the_ledger_as_singletons_that_work_together()
    {
        using var provider = new ServiceCollection().AddSourceScore().BuildServiceProvider();
        var scorer = provider.GetRequiredService<Scorer>();
        Assert.Same(scorer, provider.GetRequiredService<Scorer>());
        Assert.Same(provider.GetRequiredService<ICorpusIndex>(), provider.GetRequiredService<ICorpusIndex>());
        Assert.IsType<InMemorySourceLedger>(provider.GetRequiredService<ISourceLedger>());
        Assert.Equal([Signal.Markup, Signal.Machine, Signal.Claims, Signal.Agreement, Signal.Source], scorer.Signals);

        var article = Article.FromText(Text, "a-1", "example.com");
        var score = scorer.Score(article);
        Assert.Equal(1, provider.GetRequiredService<ICorpusIndex>().Count);
        Assert.Null(provider.GetRequiredService<ISourceLedger>().Record(article, score));
        Assert.Equal(1, provider.GetRequiredService<ISourceLedger>().Find("example.com")!.Articles);
    }

    [Fact]
    public void Options_choose_the_signals_the_store_and_the_rules()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sourcescore-di-{Guid.NewGuid():N}.db");
        try
        {
            using (var provider = new ServiceCollection().AddSourceScore(o =>
            {
                o.Agreement = false;
                o.Machine = false;
                o.ConfigureScorer = b => b.Suppress("SS5005");
            }).AddSqliteSourceLedger(path).BuildServiceProvider())
            {
                var scorer = provider.GetRequiredService<Scorer>();
                Assert.Equal([Signal.Markup, Signal.Claims, Signal.Source], scorer.Signals);
                Assert.DoesNotContain(scorer.Score(Article.FromText(Text)).Findings, f => f.Rule.Id == "SS5005");
                Assert.IsType<SqliteSourceLedger>(provider.GetRequiredService<ISourceLedger>());
            }

            Assert.True(File.Exists(path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void The_sqlite_ledger_replaces_the_in_memory_one_registered_before_or_after()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sourcescore-di-{Guid.NewGuid():N}.db");
        var logs = new CapturingLoggerFactory();
        try
        {
            using (var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logs).AddSqliteSourceLedger(path).AddSourceScore().BuildServiceProvider())
            {
                var ledger = Assert.IsType<SqliteSourceLedger>(provider.GetRequiredService<ISourceLedger>());
                Assert.Equal(Path.GetFullPath(path), ledger.Path);
                Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains(ledger.Path, StringComparison.Ordinal));
            }

            var services = new ServiceCollection().AddSourceScore().AddSqliteSourceLedger(path);
            Assert.Single(services, d => d.ServiceType == typeof(ISourceLedger));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void Stores_registered_by_the_application_are_kept()
    {
        var ledger = new InMemorySourceLedger();
        using var provider = new ServiceCollection().AddSingleton<ISourceLedger>(ledger).AddSourceScore().BuildServiceProvider();
        Assert.Same(ledger, provider.GetRequiredService<ISourceLedger>());
    }

    [Fact]
    public void Logs_when_the_models_are_loaded_and_when_an_article_reaches_a_limit_and_nothing_else()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddSourceScore(o => o.Scorer = new ScorerOptions { MaxTextLength = 200 })
            .BuildServiceProvider();
        var scorer = provider.GetRequiredService<Scorer>();
        var ready = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Information, ready.Level);
        Assert.Contains("models loaded", ready.Message, StringComparison.Ordinal);
        Assert.Contains("markup, machine, claims, agreement, source", ready.Message, StringComparison.Ordinal);

        scorer.Score(Article.FromText(Text, "short"));
        Assert.Single(logs.Entries);

        scorer.Score(Article.FromText(string.Concat(Enumerable.Repeat(Text + "\n", 5)), "long"));
        var limit = logs.Entries[^1];
        Assert.Equal(LogLevel.Warning, limit.Level);
        Assert.Contains("long", limit.Message, StringComparison.Ordinal);
        Assert.Contains("SS5001", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_is_refused()
    {
        var services = new ServiceCollection().AddSourceScore();
        Assert.Throws<InvalidOperationException>(() => services.AddSourceScore());
    }

    private sealed class CapturingLoggerFactory : ILoggerFactory
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

        public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Logger(_entries);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
