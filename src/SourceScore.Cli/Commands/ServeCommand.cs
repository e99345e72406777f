using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SourceScore.Cli.Server;

namespace SourceScore.Cli.Commands;

/// <summary>
/// <c>sourcescore serve</c>: the HTTP API and the editor's page (<see cref="ScoringServer"/>), until Ctrl-C or SIGTERM;
/// then the requests in flight finish, the ledger is closed, and the tool exits with 0.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CommandContext io)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (';' between addresses).", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var ledger = new Option<string?>("--ledger") { Description = "Record every article scored through /v1/score in this source ledger (an SQLite file, created when missing); GET /v1/sources lists it." };
        var corpus = new Option<string[]>("--corpus") { Description = "Articles to index before serving, as earlier coverage articles are compared with (same kinds of input as score).", AllowMultipleArgumentsPerToken = false };
        var apiKeyFile = new Option<string?>("--api-key-file") { Description = "A file holding the API key every /v1/ request must carry (X-Api-Key, or Authorization: Bearer)." };
        var maxBody = new Option<long>("--max-body") { Description = "The largest request body accepted, in bytes (larger: 413).", DefaultValueFactory = _ => ServerOptions.DefaultMaxBodyBytes };
        maxBody.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() is < 1024 or > 256L * 1024 * 1024)
            {
                r.AddError("--max-body must be between 1024 and 268435456 bytes.");
            }
        });
        var concurrent = new Option<int>("--max-concurrent") { Description = "How many requests are scored at once (default: two per core); more wait in a queue of --max-queue, and past that get 503.", DefaultValueFactory = _ => new ServerOptions().MaxConcurrentScoring };
        var queue = new Option<int>("--max-queue") { Description = "How many scoring requests may wait for a turn (default 512); one more gets 503 with Retry-After.", DefaultValueFactory = _ => new ServerOptions().MaxQueuedScoring };
        concurrent.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--max-concurrent must be at least 1.");
            }
        });
        queue.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--max-queue must be 0 or more.");
            }
        });
        var deep = new Option<bool>("--deep") { Description = ScoringRun.DeepDescription };
        var config = new Option<string?>("--config") { Description = "A sourcescore.json whose settings every request is scored with: rule levels, weights, house lists, overrides by source (overrides by path do not apply: requests have no path)." };
        var serve = new Command(Name, "Serve the HTTP API (POST /v1/score, /v1/check; GET /v1/rules, /v1/sources, /healthz, /openapi/v1.json) and the editor's page (GET /) until Ctrl-C or SIGTERM.")
        {
            urls, ledger, corpus, apiKeyFile, maxBody, concurrent, queue, deep, config,
        };
        serve.SetAction((result, token) => RunAsync(
            new ServerOptions
            {
                Urls = result.GetValue(urls)!,
                LedgerPath = result.GetValue(ledger),
                Corpus = result.GetValue(corpus) ?? [],
                MaxBodyBytes = result.GetValue(maxBody),
                MaxConcurrentScoring = result.GetValue(concurrent),
                MaxQueuedScoring = result.GetValue(queue),
            },
            result.GetValue(apiKeyFile),
            Configured(result.GetValue(deep) ? ScoringRun.CreateDeepScorer : io.CreateScorer, result.GetValue(config)),
            io,
            token));
        return serve;
    }

    /// <summary>
    /// The scorer maker with the settings of <paramref name="file"/> applied; read and checked now (against a scorer's rules),
    /// so a bad file stops the server before it starts.
    /// </summary>
    /// <exception cref="SourceScoreConfigurationException">The file cannot be read or a setting is bad.</exception>
    private static Func<ICorpusIndex, Scorer> Configured(Func<ICorpusIndex, Scorer> createScorer, string? file)
    {
        if (file is null)
        {
            return createScorer;
        }

        var configuration = SourceScoreConfiguration.Load(file);
        using (var index = new CorpusIndex())
        {
            _ = createScorer(index).WithConfiguration(configuration);
        }

        return index => createScorer(index).WithConfiguration(configuration);
    }

    private static async Task<int> RunAsync(ServerOptions options, string? apiKeyFile, Func<ICorpusIndex, Scorer> createScorer, CommandContext io, CancellationToken token)
    {
        if (apiKeyFile is not null)
        {
            string key = File.Exists(apiKeyFile) ? (await File.ReadAllTextAsync(apiKeyFile, token).ConfigureAwait(false)).Trim() : string.Empty;
            if (key.Length == 0)
            {
                await io.Stderr.WriteLineAsync($"sourcescore: {apiKeyFile}: no API key there (a file holding the key on one line)").ConfigureAwait(false);
                return CliApp.UsageOrInputError;
            }

            options = options with { ApiKey = key };
        }

        await using var app = ScoringServer.Build(options, createScorer);
        var service = app.Services.GetRequiredService<ScoringService>();
        if (await service.IndexAsync(options.Corpus, io.Stderr, token).ConfigureAwait(false) > 0)
        {
            return CliApp.UsageOrInputError;
        }

        await app.StartAsync(token).ConfigureAwait(false);
        await io.Stderr.WriteLineAsync($"sourcescore: serving on {string.Join(", ", app.Urls)}; the editor's page is at {app.Urls.First()}/ (index: {service.Index.Count} articles{(options.LedgerPath is null ? string.Empty : ", ledger " + options.LedgerPath)}); Ctrl-C or SIGTERM stops it").ConfigureAwait(false);

        // Until a signal (the token) or the host's own lifetime stops it; the requests in flight then finish.
        using (token.Register(app.Lifetime.StopApplication))
        {
            await app.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await io.Stderr.WriteLineAsync("sourcescore: stopped; requests in flight were finished and the ledger closed").ConfigureAwait(false);
        return CliApp.Ok;
    }
}
