using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SourceScore.Cli.Server;
using SourceScore.Testing;

namespace SourceScore.Cli.Tests.Server;

/// <summary>The HTTP API of <c>sourcescore serve</c>, in process: the records it returns, and every error it answers with.</summary>
public sealed class ServerApiTests
{
    private const string Draft = "The council approved the harbour budget on Monday after a long debate, the mayor said.\n"
        + "The dredging will cost 40 million euros and take three years, according to the port authority.\n";

    private static string[] Seeds => [.. Directory.GetFiles(TestPaths.SeedsRoot, "*.txt").OrderBy(p => p, StringComparer.Ordinal)];

    [Fact]
    public async Task The_seeds_posted_one_by_one_give_the_records_of_the_score_command()
    {
        var expected = (await CliRunner.RunAsync(["score", .. Seeds])).StdoutLines;
        Assert.Equal(5, expected.Length);

        await using var server = await TestServerHost.StartAsync();
        for (int i = 0; i < Seeds.Length; i++)
        {
            var article = new JsonObject { ["id"] = Seeds[i], ["text"] = File.ReadAllText(Seeds[i]) };
            using var response = await server.Client.PostAsync("/v1/score", Json(article.ToJsonString()));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(expected[i], await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_seeds_posted_as_one_batch_give_the_records_of_the_score_command_in_order()
    {
        var expected = await CliRunner.RunAsync(["score", "--detail", .. Seeds]);
        var batch = string.Join('\n', Seeds.Select(p => new JsonObject { ["id"] = p, ["text"] = File.ReadAllText(p) }.ToJsonString())) + "\n";

        await using var server = await TestServerHost.StartAsync();
        using var response = await server.Client.PostAsync("/v1/score?detail=true", new StringContent(batch, Encoding.UTF8, ApiEndpoints.JsonLines));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApiEndpoints.JsonLines, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(expected.Stdout, await response.Content.ReadAsStringAsync());
        Assert.Equal(5, server.Service.Index.Count);
    }

    [Fact]
    public async Task Every_bad_request_gets_its_status_and_problem_document_and_the_next_good_request_succeeds()
    {
        string key = "k-" + Guid.NewGuid().ToString("N");
        await using var server = await TestServerHost.StartAsync(new ServerOptions { MaxBodyBytes = 64 * 1024, ApiKey = key });
        var client = server.Client;
        var good = new JsonObject { ["id"] = "good", ["text"] = Draft }.ToJsonString();

        async Task ExpectAsync(HttpRequestMessage request, HttpStatusCode status, string? field = null, string? detailContains = null)
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                Assert.Equal(status, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
                var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.Equal((int)status, (int)problem["status"]!);
                Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
                Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
                if (field is not null)
                {
                    Assert.Equal(field, (string?)problem["field"]);
                }

                if (detailContains is not null)
                {
                    Assert.Contains(detailContains, (string)problem["detail"]!, StringComparison.Ordinal);
                }
            }

            // The server goes on serving.
            using var next = Post("/v1/score", Json(good), key);
            using var ok = await client.SendAsync(next);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        await ExpectAsync(Post("/v1/score", Json(good), key: null), HttpStatusCode.Unauthorized, detailContains: "X-Api-Key");
        await ExpectAsync(Post("/v1/score", Json(good), key: "wrong"), HttpStatusCode.Unauthorized, detailContains: "wrong");
        await ExpectAsync(Post("/v1/score", Json(new JsonObject { ["text"] = new string('a', 70 * 1024) }.ToJsonString()), key), HttpStatusCode.RequestEntityTooLarge);
        await ExpectAsync(Post("/v1/score", Json("{\"id\": \"x\", \"text\": "), key), HttpStatusCode.BadRequest, detailContains: "not valid JSON");
        await ExpectAsync(Post("/v1/score", Json("{\"id\": \"x\", \"text\": \"a\", \"published\": \"last Monday\"}"), key), HttpStatusCode.BadRequest, field: "published");
        await ExpectAsync(Post("/v1/score", Json("{\"id\": 7, \"text\": \"a\"}"), key), HttpStatusCode.BadRequest, field: "id");
        await ExpectAsync(Post("/v1/score", Json("{\"id\": \"x\"}"), key), HttpStatusCode.BadRequest, field: "text");
        await ExpectAsync(Post("/v1/score", Json("[1, 2]"), key), HttpStatusCode.BadRequest, detailContains: "JSON object");
        await ExpectAsync(Post("/v1/score", new StringContent(good + "\n{\"text\": 5}\n", Encoding.UTF8, ApiEndpoints.JsonLines), key), HttpStatusCode.BadRequest, field: "text", detailContains: "line:2");
        await ExpectAsync(Post("/v1/score", Json(string.Empty), key), HttpStatusCode.BadRequest, detailContains: "empty");
        await ExpectAsync(Post("/v1/score", new ByteArrayContent([0x7B, 0xC3, 0x28, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, key), HttpStatusCode.BadRequest, detailContains: "UTF-8");
        await ExpectAsync(Post("/v1/score", new StringContent("<article/>", Encoding.UTF8, "application/xml"), key), HttpStatusCode.UnsupportedMediaType, field: "Content-Type");
        await ExpectAsync(Post("/v1/score", new ByteArrayContent(Encoding.UTF8.GetBytes(good)), key), HttpStatusCode.UnsupportedMediaType, field: "Content-Type");
        await ExpectAsync(Post("/v1/check", new StringContent("{}", Encoding.UTF8, "image/png"), key), HttpStatusCode.UnsupportedMediaType);
        await ExpectAsync(Post("/v1/check", new StringContent(new string('x', 65 * 1024), Encoding.UTF8, "text/plain"), key), HttpStatusCode.RequestEntityTooLarge);
        await ExpectAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/nothing-here") { Headers = { { "X-Api-Key", key } } }, HttpStatusCode.NotFound);
        await ExpectAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/sources") { Headers = { { "X-Api-Key", key } } }, HttpStatusCode.NotFound, detailContains: "--ledger");

        // The key is also taken as a bearer token; health and the OpenAPI document need none.
        using (var bearer = new HttpRequestMessage(HttpMethod.Get, "/v1/rules") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", key) } })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task More_requests_than_the_scorer_takes_get_503_with_retry_after_and_the_server_keeps_serving()
    {
        using var hold = new BlockingCheck();
        var options = new ServerOptions { MaxConcurrentScoring = 1, MaxQueuedScoring = 0 };
        await using var server = await TestServerHost.StartAsync(options, index => new ScorerBuilder().UseDefaultChecks().AddCheck(hold).UseAgreementChecks(index).Build());
        var article = new JsonObject { ["id"] = "held", ["text"] = Draft }.ToJsonString();

        var first = server.Client.PostAsync("/v1/score", Json(article));
        await hold.WaitEnteredAsync();
        using (var busy = await server.Client.PostAsync("/v1/check", new StringContent(Draft, Encoding.UTF8, "text/plain")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal("application/problem+json", busy.Content.Headers.ContentType!.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(ScoringServer.RetryAfterSeconds), busy.Headers.RetryAfter!.Delta);
        }

        hold.Release();
        using (var held = await first)
        {
            Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        }

        using var after = await server.Client.PostAsync("/v1/score", Json(article));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_checked_draft_is_compared_with_the_index_but_kept_only_when_asked()
    {
        await using var server = await TestServerHost.StartAsync();
        using (var html = await server.Client.PostAsync("/v1/check?id=harbour", new StringContent(Draft, Encoding.UTF8, "text/plain")))
        {
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            string page = await html.Content.ReadAsStringAsync();
            Assert.Contains("<section class=\"article\"", page, StringComparison.Ordinal);
            Assert.Contains("<ol class=\"findings\">", page, StringComparison.Ordinal);
        }

        Assert.Equal(0, server.Service.Index.Count);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/check?remember=true&detail=true") { Content = new StringContent("<html><body><article><p>" + Draft + "</p></article></body></html>", Encoding.UTF8, "text/html") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var json = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var record = JsonNode.Parse(await json.Content.ReadAsStringAsync())!;
        Assert.Equal("draft", (string?)record["id"]);
        Assert.NotNull(record["sentences"]);
        Assert.Equal(1, server.Service.Index.Count);
    }

    [Fact]
    public async Task Rules_and_sources_are_listed_as_the_tool_lists_them()
    {
        using var temp = new TempFiles();
        string ledger = Path.Combine(temp.Root, "ledger.db");
        await using (var server = await TestServerHost.StartAsync(new ServerOptions { LedgerPath = ledger }))
        {
            var rules = JsonNode.Parse(await server.Client.GetStringAsync("/v1/rules"))!.AsArray();
            var expected = (await CliRunner.RunAsync("rules", "--format", "jsonl")).StdoutLines;
            Assert.Equal(expected, rules.Select(r => r!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));

            for (int i = 0; i < 2; i++)
            {
                var article = new JsonObject { ["id"] = "a" + i, ["source"] = "harbour.example", ["text"] = Draft };
                using var scored = await server.Client.PostAsync("/v1/score", Json(article.ToJsonString()));
                var record = JsonNode.Parse(await scored.Content.ReadAsStringAsync())!;
                Assert.True(record.AsObject().ContainsKey("source_credibility"));
                Assert.Equal(i == 0, record["source_credibility"] is null);
            }

            // A checked draft is not recorded.
            using (await server.Client.PostAsync("/v1/check?source=harbour.example", new StringContent(Draft, Encoding.UTF8, "text/plain")))
            {
            }

            var sources = JsonNode.Parse(await server.Client.GetStringAsync("/v1/sources"))!.AsArray();
            var source = Assert.Single(sources)!;
            Assert.Equal("harbour.example", (string?)source["source"]);
            Assert.Equal(2, (int)source["articles"]!);
        }

        // Closed with the server: the tool reads the same ledger.
        var listed = await CliRunner.RunAsync("sources", "--ledger", ledger, "--format", "jsonl");
        Assert.Equal(0, listed.ExitCode);
        Assert.Equal(2, (int)JsonNode.Parse(Assert.Single(listed.StdoutLines))!["articles"]!);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        await using var server = await TestServerHost.StartAsync();
        var document = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/healthz", "/v1/check", "/v1/rules", "/v1/score", "/v1/sources"], paths);
        var health = JsonNode.Parse(await server.Client.GetStringAsync("/healthz"))!;
        Assert.Equal("healthy", (string?)health["status"]);
    }

    [Fact]
    public async Task The_editor_s_page_checks_a_posted_draft_and_allows_no_inline_script()
    {
        await using var server = await TestServerHost.StartAsync();
        using (var page = await server.Client.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            string policy = page.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Contains("<form class=\"draft\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("finding-next", await server.Client.GetStringAsync("/editor.js"), StringComparison.Ordinal);
        using var form = new MultipartFormDataContent { { new StringContent(File.ReadAllText(Seeds[1])), "draft" }, { new StringContent("auto"), "format" } };
        using var checkedPage = await server.Client.PostAsync("/", form);
        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        string html = await checkedPage.Content.ReadAsStringAsync();
        Assert.Contains("band-unreliable", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"findings\">", html, StringComparison.Ordinal);
        Assert.Equal(0, server.Service.Index.Count);

        using var empty = new MultipartFormDataContent { { new StringContent(" "), "draft" } };
        using var refused = await server.Client.PostAsync("/", empty);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("class=\"problem\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Post(string path, HttpContent content, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }
}
