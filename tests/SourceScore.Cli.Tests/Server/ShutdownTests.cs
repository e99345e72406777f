using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SourceScore.Cli.Server;

namespace SourceScore.Cli.Tests.Server;

/// <summary>How the server stops: the requests in flight finish, the ledger is closed with what they recorded, SIGTERM ends the tool with 0.</summary>
public sealed partial class ShutdownTests
{
    private static readonly TimeSpan s_hangBound = TimeSpan.FromMinutes(3);

    private const string Draft = "The council approved the harbour budget on Monday after a long debate, the mayor said.\n";

    [Fact]
    public async Task A_request_in_flight_when_the_server_stops_is_finished_and_recorded()
    {
        using var temp = new TempFiles();
        string ledger = Path.Combine(temp.Root, "ledger.db");
        using var hold = new BlockingCheck();
        var app = ScoringServer.Build(
            new ServerOptions { Urls = "http://127.0.0.1:0", LedgerPath = ledger },
            index => new ScorerBuilder().UseDefaultChecks().AddCheck(hold).UseAgreementChecks(index).Build());
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = s_hangBound };
        var article = new JsonObject { ["id"] = "in-flight", ["source"] = "harbour.example", ["text"] = Draft }.ToJsonString();
        var inFlight = client.PostAsync("/v1/score", new StringContent(article, Encoding.UTF8, "application/json"));
        await hold.WaitEnteredAsync();

        var stopping = app.StopAsync();
        await Task.Delay(300);
        Assert.False(inFlight.IsCompleted, "the server answered before the held article was scored");
        Assert.False(stopping.IsCompleted, "the server stopped with a request in flight");

        hold.Release();
        using (var response = await inFlight.WaitAsync(s_hangBound))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("in-flight", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]);
        }

        await stopping.WaitAsync(s_hangBound);
        await app.DisposeAsync();

        var listed = await CliRunner.RunAsync("sources", "--ledger", ledger, "--format", "jsonl");
        Assert.Equal(1, (int)JsonNode.Parse(Assert.Single(listed.StdoutLines))!["articles"]!);
    }

    [Fact]
    public async Task Sigterm_stops_the_serve_command_cleanly_with_exit_code_0()
    {
        using var temp = new TempFiles();
        string ledger = Path.Combine(temp.Root, "ledger.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "SourceScore.Cli.dll"), "serve", "--urls", "http://127.0.0.1:0", "--ledger", ledger })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(s_hangBound);
        try
        {
            var said = new StringBuilder();
            string? origin = null;
            while (origin is null && await process.StandardError.ReadLineAsync(deadline.Token) is { } line)
            {
                said.AppendLine(line);
                origin = Serving().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
            }

            Assert.True(origin is not null, "the server did not say where it listens:\n" + said);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            using (var client = new HttpClient { BaseAddress = new Uri(origin), Timeout = s_hangBound })
            {
                var article = new JsonObject { ["id"] = "a1", ["source"] = "harbour.example", ["text"] = Draft }.ToJsonString();
                using var response = await client.PostAsync("/v1/score", new StringContent(article, Encoding.UTF8, "application/json"), deadline.Token);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(deadline.Token);
            }

            await process.WaitForExitAsync(deadline.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("stopped; requests in flight were finished and the ledger closed", await errors, StringComparison.Ordinal);
            Assert.Equal(string.Empty, await process.StandardOutput.ReadToEndAsync(deadline.Token));

            var listed = await CliRunner.RunAsync("sources", "--ledger", ledger, "--format", "jsonl");
            Assert.Equal(1, (int)JsonNode.Parse(Assert.Single(listed.StdoutLines))!["articles"]!);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [GeneratedRegex(@"serving on (http://\S+?)[;,]")]
    private static partial Regex Serving();
}
