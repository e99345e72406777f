using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SourceScore.Cli.Commands;
using SourceScore.Cli.Input;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Server;

/// <summary>
/// The HTTP API: <c>POST /v1/score</c> (one article as JSON, or a JSONL batch: the records of cli-contract.md),
/// <c>POST /v1/check</c> (a draft as text, HTML or the JSON article: the HTML report, or the record as JSON),
/// <c>GET /v1/rules</c>, <c>GET /v1/sources</c> and <c>GET /healthz</c>.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The rate-limiting policy of the scoring endpoints (<see cref="ScoringServer"/>).</summary>
    public const string ScoringPolicy = "scoring";

    public const string JsonLines = "application/x-ndjson";

    private const string ScoreMediaTypes = "application/json (one article) or application/x-ndjson (a batch, one article a line)";

    private const string CheckMediaTypes = "text/plain, text/markdown, text/html or application/json";

    private static readonly string[] s_jsonLinesTypes = [JsonLines, "application/jsonl", "application/x-jsonlines", "application/jsonlines"];

    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        var v1 = app.MapGroup("/v1");
        v1.MapPost("/score", (HttpContext http, ScoringService service) => ScoreAsync(http, service, options))
            .RequireRateLimiting(ScoringPolicy)
            .WithSummary("Scores one article (application/json: the feed line's fields) or a batch (application/x-ndjson), in order; returns the records of cli-contract.md (?detail=true adds sentences). Each article is added to the story index and, with a ledger, recorded under its source.");
        v1.MapPost("/check", (HttpContext http, ScoringService service) => CheckAsync(http, service, options))
            .RequireRateLimiting(ScoringPolicy)
            .WithSummary("Checks one draft (text/plain, text/markdown, text/html, or the JSON article): the HTML report, or the record with Accept: application/json. Not added to the story index unless ?remember=true; never recorded in the ledger.");
        v1.MapGet("/rules", (ScoringService service) => Json(w =>
        {
            w.WriteStartArray();
            foreach (var rule in service.Rules)
            {
                RulesCommand.WriteRule(w, rule);
            }

            w.WriteEndArray();
        })).WithSummary("Every rule the scorer reports, as `sourcescore rules --format jsonl` gives them.");
        v1.MapGet("/sources", (ScoringService service) => service.Ledger is not { } ledger
            ? Problems.Status(StatusCodes.Status404NotFound, "No source ledger", "This server keeps no source ledger; start it with --ledger FILE.")
            : Json(w =>
            {
                w.WriteStartArray();
                foreach (var record in ledger.List())
                {
                    SourcesWriter.WriteRecord(w, record);
                }

                w.WriteEndArray();
            })).WithSummary("The ledger's sources, most credible first, as `sourcescore sources --format jsonl` gives them.");
        app.MapGet("/healthz", (ScoringService service) => Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "healthy");
            w.WriteNumber("indexed", service.Index.Count);
            w.WriteEndObject();
        })).WithSummary("Whether the server is up, and how many articles its story index holds.");
    }

    private static async Task<IResult> ScoreAsync(HttpContext http, ScoringService service, ServerOptions options)
    {
        var request = http.Request;
        string? mediaType = RequestBody.MediaTypeOf(request);
        bool batch = s_jsonLinesTypes.Contains(mediaType);
        if (mediaType != "application/json" && !batch)
        {
            return Problems.UnsupportedMediaType(request.ContentType, ScoreMediaTypes);
        }

        var (body, problem) = await RequestBody.ReadAsync(request, options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var errors = new List<InputError>();
        var inputs = new List<InputArticle>();
        using (body)
        {
            var reader = new ArticleReader(errors.Add, () => Stream.Null);
            if (batch)
            {
                var rest = body.Bytes;
                for (int number = 1; rest.Length > 0; number++)
                {
                    int newline = rest.Span.IndexOf((byte)'\n');
                    var line = newline < 0 ? rest : rest[..newline];
                    rest = newline < 0 ? ReadOnlyMemory<byte>.Empty : rest[(newline + 1)..];
                    if (!line.Span.Trim(" \t\r"u8).IsEmpty && reader.ParseFeedLine(line, "line", number) is { } input)
                    {
                        inputs.Add(input);
                    }
                }
            }
            else if (reader.ParseFeedLine(body.Bytes, "body", 1) is { } input)
            {
                inputs.Add(input);
            }
        }

        if (errors.Count > 0)
        {
            var first = errors[0];
            return Problems.BadRequest($"{first.Location}: {first.Reason}." + (errors.Count > 1 ? $" ({errors.Count} lines are bad; none was scored.)" : string.Empty), first.Field, errors);
        }

        if (inputs.Count == 0)
        {
            return Problems.BadRequest("The batch holds no article; there is nothing to score.");
        }

        var scores = await service.ScoreAsync(inputs, http.RequestAborted).ConfigureAwait(false);
        bool detail = Flag(request, "detail");
        bool withCredibility = service.Ledger is not null;
        if (!batch)
        {
            return new Utf8JsonResult((w, _) => JsonlScoreWriter.WriteRecord(w, inputs[0].Article, scores[0], includeText: false, detail, withCredibility));
        }

        return new Utf8JsonResult(
            (w, output) =>
            {
                for (int i = 0; i < scores.Count; i++)
                {
                    JsonlScoreWriter.WriteRecord(w, inputs[i].Article, scores[i], includeText: false, detail, withCredibility);
                    w.Flush();
                    output.Write("\n"u8);
                    w.Reset(output);
                }
            },
            JsonLines);
    }

    private static async Task<IResult> CheckAsync(HttpContext http, ScoringService service, ServerOptions options)
    {
        var request = http.Request;
        string? mediaType = RequestBody.MediaTypeOf(request);
        if (mediaType is not ("text/plain" or "text/markdown" or "text/html" or "application/json"))
        {
            return Problems.UnsupportedMediaType(request.ContentType, CheckMediaTypes);
        }

        var (body, problem) = await RequestBody.ReadAsync(request, options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        string id = request.Query["id"].FirstOrDefault() ?? "draft";
        string source = request.Query["source"].FirstOrDefault() ?? string.Empty;
        Article article;
        using (body)
        {
            if (mediaType == "application/json")
            {
                var errors = new List<InputError>();
                if (new ArticleReader(errors.Add, () => Stream.Null).ParseFeedLine(body.Bytes, "body", 1) is not { } input)
                {
                    return Problems.BadRequest($"{errors[0].Reason}.", errors[0].Field, errors);
                }

                article = input.Article;
            }
            else
            {
                article = mediaType == "text/html" ? Article.FromHtml(body.Text, id, source) : Article.FromText(body.Text, id, source);
            }
        }

        var score = service.Check(article, Flag(request, "remember"), http.RequestAborted);
        if (WantsJson(request))
        {
            bool detail = Flag(request, "detail");
            return new Utf8JsonResult((w, _) => JsonlScoreWriter.WriteRecord(w, article, score, includeText: false, detail));
        }

        using var html = new StringWriter();
        await using (var writer = new HtmlReportWriter(html))
        {
            await writer.WriteAsync(new InputArticle(article, id, 0), score, http.RequestAborted).ConfigureAwait(false);
        }

        http.Response.Headers.ContentSecurityPolicy = HtmlReportWriter.Policy;
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>Whether a query flag is on (<c>?detail=true</c>, <c>?detail=1</c>, or the bare <c>?detail</c>).</summary>
    private static bool Flag(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.FirstOrDefault() is var value && (string.IsNullOrEmpty(value) || value is "true" or "1" or "yes");

    private static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));

    private static Utf8JsonResult Json(Action<Utf8JsonWriter> write) => new((w, _) => write(w));
}
