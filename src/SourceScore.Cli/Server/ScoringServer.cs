using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SourceScore.Cli.Server;

/// <summary>
/// Builds the web application of <c>sourcescore serve</c> on ASP.NET Core: Kestrel with the body limit, RFC 9457
/// problem documents for every error, the API key check, a concurrency limit on scoring (a request over it and its queue
/// gets 503 with <c>Retry-After</c>), the OpenAPI document, the API and the editor's page. One
/// <see cref="ScoringService"/> (index, ledger, scorers) serves every request and is disposed, its ledger closed, when
/// the application stops, after the requests in flight have finished.
/// </summary>
internal static class ScoringServer
{
    /// <summary>Seconds a client rejected for load is asked to wait.</summary>
    public const int RetryAfterSeconds = 1;

    /// <param name="options">How the server runs.</param>
    /// <param name="createScorer">Builds a scorer over the story index.</param>
    /// <param name="configure">Changes the builder before it builds (tests put the server in process here).</param>
    public static WebApplication Build(ServerOptions options, Func<ICorpusIndex, Scorer> createScorer, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "sourcescore", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.AddServerHeader = false;
        });

        // Log to standard error, warnings and worse: standard output stays free, and a request is not a log line.
        builder.Logging.ToStandardError(LogLevel.Warning);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new ScoringService(options, createScorer));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.AddConcurrencyLimiter(ApiEndpoints.ScoringPolicy, concurrency =>
            {
                concurrency.PermitLimit = options.MaxConcurrentScoring;
                concurrency.QueueLimit = options.MaxQueuedScoring;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.Status(
                    StatusCodes.Status503ServiceUnavailable,
                    "The server is busy",
                    $"More requests are waiting to be scored than this server takes ({options.MaxConcurrentScoring} at once, {options.MaxQueuedScoring} waiting); try again in {RetryAfterSeconds} s.").ExecuteAsync(context.HttpContext));
            };
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            int status = http.Response.StatusCode;
            string detail = status switch
            {
                StatusCodes.Status404NotFound => $"Nothing is served at {http.Request.Path}; the API is described at /openapi/v1.json.",
                StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not served at {http.Request.Path}; the API is described at /openapi/v1.json.",
                _ => $"The request to {http.Request.Path} failed with status {status}.",
            };
            return Problems.Status(status, ReasonPhrases.GetReasonPhrase(status), detail).ExecuteAsync(http);
        });
        if (options.ApiKey is not null)
        {
            app.UseMiddleware<ApiKeyCheck>();
        }

        app.UseRateLimiter();
        app.MapOpenApi("/openapi/v1.json");
        ApiEndpoints.Map(app, options);
        EditorPage.Map(app, options);
        return app;
    }
}
