using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SourceScore.Cli.Server;

namespace SourceScore.Cli.Tests.Server;

/// <summary>The server of <c>sourcescore serve</c> in process (ASP.NET Core's test server), with an HTTP client to it.</summary>
internal sealed class TestServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServerHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public ScoringService Service => _app.Services.GetRequiredService<ScoringService>();

    public static async Task<TestServerHost> StartAsync(ServerOptions? options = null, Func<ICorpusIndex, Scorer>? createScorer = null)
    {
        var app = ScoringServer.Build(options ?? new ServerOptions(), createScorer ?? Scorer.CreateDefault, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestServerHost(app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
