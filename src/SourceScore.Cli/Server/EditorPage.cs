using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using SourceScore.Cli.Input;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Server;

/// <summary>
/// The editor's page (<c>GET /</c>): paste or upload a draft (text or HTML), send it, and see the score, its band, the
/// reasons, and the text with every finding highlighted in place, as the HTML report shows them, with buttons and keys
/// (n, p) to step from finding to finding. A plain form posted to <c>POST /</c>: the page works without script; the
/// script that steps through findings and the style sheet are served by the app itself, and the content security
/// policy allows nothing else (no inline script, nothing from another origin).
/// </summary>
internal static class EditorPage
{
    /// <summary>The page's content security policy.</summary>
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly string s_script = Resource("editor.js");

    private static readonly string s_styles = HtmlReportWriter.Styles + "\n" + Resource("editor.css");

    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapGet("/", (HttpContext http) => Page(http, options, draft: string.Empty, format: "auto", problem: null, report: null)).ExcludeFromDescription();
        app.MapPost("/", (HttpContext http, ScoringService service) => CheckAsync(http, service, options)).RequireRateLimiting(ApiEndpoints.ScoringPolicy).ExcludeFromDescription();
        app.MapGet("/editor.js", () => TypedResults.Content(s_script, "text/javascript; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/editor.css", () => TypedResults.Content(s_styles, "text/css; charset=utf-8")).ExcludeFromDescription();
    }

    private static async Task<IResult> CheckAsync(HttpContext http, ScoringService service, ServerOptions options)
    {
        var request = http.Request;
        if (!request.HasFormContentType)
        {
            return Page(http, options, string.Empty, "auto", "Send the draft with the form on this page.", null, StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return Page(http, options, string.Empty, "auto", TooLarge(options), null, StatusCodes.Status413PayloadTooLarge);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxBodyBytes, ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxBodyBytes), BufferBodyLengthLimit = options.MaxBodyBytes }, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Page(http, options, string.Empty, "auto", TooLarge(options), null, StatusCodes.Status413PayloadTooLarge);
        }

        string format = form["format"].FirstOrDefault() is "text" or "html" ? form["format"].First()! : "auto";
        // A form sends a text area's line breaks as CR LF whatever the text had: the draft gets back the LF it was pasted with.
        string draft = (form["draft"].FirstOrDefault() ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        string? fileName = null;
        if (form.Files.GetFile("file") is { Length: > 0 } file)
        {
            var bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, http.RequestAborted).ConfigureAwait(false);
            }

            if (!TextDecoder.TryDecode(bytes, out draft, out var error))
            {
                return Page(http, options, string.Empty, format, $"{file.FileName}: {error}.", null, StatusCodes.Status400BadRequest);
            }

            fileName = file.FileName;
        }

        if (options.ApiKey is not null && !ApiKeyCheck.Matches(form["api_key"].FirstOrDefault(), options.ApiKey))
        {
            return Page(http, options, draft, format, "This server needs its API key: give it in the form.", null, StatusCodes.Status401Unauthorized);
        }

        if (string.IsNullOrWhiteSpace(draft))
        {
            return Page(http, options, draft, format, "The draft is empty: paste it, or choose a file.", null, StatusCodes.Status400BadRequest);
        }

        bool html = format == "html" || (format == "auto" && (fileName is not null ? InputFile.KindOf(fileName) == InputKind.Html : LooksLikePage(draft)));
        string id = fileName ?? "draft";
        var article = html ? Article.FromHtml(draft, id) : Article.FromText(draft, id);
        var score = service.Check(article, remember: false, http.RequestAborted);
        var report = new StringBuilder();
        HtmlReportWriter.AppendArticle(report, article, score, "a1");
        return Page(http, options, draft, format, null, report.ToString());
    }

    private static string TooLarge(ServerOptions options) => $"The draft is larger than the {options.MaxBodyBytes:N0} bytes this server accepts.";

    /// <summary>Whether pasted text is a page rather than a text with some markup in it: it opens with a document or block tag.</summary>
    private static bool LooksLikePage(string draft)
    {
        var start = draft.AsSpan().TrimStart();
        foreach (var tag in (ReadOnlySpan<string>)["<!doctype", "<html", "<head", "<body", "<article", "<main", "<section", "<div", "<p>", "<p ", "<h1"])
        {
            if (start.StartsWith(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IResult Page(HttpContext http, ServerOptions options, string draft, string format, string? problem, string? report, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ContentSecurityPolicy = Policy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var b = new StringBuilder(4096 + draft.Length * 2 + (report?.Length ?? 0));
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>sourcescore: check a draft</title>\n<link rel=\"stylesheet\" href=\"/editor.css\">\n<script src=\"/editor.js\" defer></script>\n</head>\n<body>\n")
            .Append("<h1>Check a draft</h1>\n<p>Paste the draft, or choose a file (.txt, .md, .html), and check it: the score, its reasons, and every finding in place.</p>\n")
            .Append("<form class=\"draft\" method=\"post\" action=\"/\" enctype=\"multipart/form-data\">\n")
            .Append("<label for=\"draft\">Draft</label>\n<textarea id=\"draft\" name=\"draft\" spellcheck=\"false\">").Append(WebUtility.HtmlEncode(draft)).Append("</textarea>\n")
            .Append("<div class=\"row\"><label for=\"file\">or a file</label> <input type=\"file\" id=\"file\" name=\"file\" accept=\".txt,.md,.html,.htm,text/plain,text/markdown,text/html\">\n")
            .Append("<label for=\"format\">read as</label> <select id=\"format\" name=\"format\">");
        foreach (var (value, label) in (ReadOnlySpan<(string, string)>)[("auto", "text or page, as it looks"), ("text", "text"), ("html", "HTML page")])
        {
            b.Append("<option value=\"").Append(value).Append('"').Append(value == format ? " selected" : string.Empty).Append('>').Append(label).Append("</option>");
        }

        b.Append("</select></div>\n");
        if (options.ApiKey is not null)
        {
            b.Append("<div class=\"row\"><label for=\"api_key\">API key</label> <input type=\"password\" id=\"api_key\" name=\"api_key\" autocomplete=\"current-password\"></div>\n");
        }

        b.Append("<button type=\"submit\" id=\"send\">Check</button>\n</form>\n");
        if (problem is not null)
        {
            b.Append("<p class=\"problem\" role=\"alert\">").Append(WebUtility.HtmlEncode(problem)).Append("</p>\n");
        }

        if (report is not null)
        {
            b.Append("<nav id=\"finding-nav\" hidden><button type=\"button\" id=\"finding-prev\">Previous finding</button><button type=\"button\" id=\"finding-next\">Next finding</button> ")
                .Append("<span id=\"finding-where\"></span> <span class=\"keys\">(keys n and p)</span><span id=\"finding-message\"></span></nav>\n")
                .Append(report);
        }

        b.Append("</body>\n</html>\n");
        return TypedResults.Content(b.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SourceScore.Cli.Server." + name)
            ?? throw new InvalidOperationException($"the editor's page resource {name} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
