using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SourceScore.Cli.Server;

/// <summary>
/// With <c>--api-key-file</c>, every <c>/v1/</c> request carries the key, as <c>X-Api-Key: KEY</c> or
/// <c>Authorization: Bearer KEY</c>; one without it, or with another, gets 401. <c>/healthz</c>, the OpenAPI document and
/// the editor's page stay open (the page asks for the key in its form). Keys are compared in constant time.
/// </summary>
internal sealed class ApiKeyCheck
{
    private readonly RequestDelegate _next;
    private readonly string _key;

    public ApiKeyCheck(RequestDelegate next, ServerOptions options)
    {
        _next = next;
        _key = options.ApiKey ?? throw new ArgumentException("no API key to check", nameof(options));
    }

    public Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            return _next(http);
        }

        string? given = http.Request.Headers["X-Api-Key"].FirstOrDefault();
        if (given is null && http.Request.Headers.Authorization.FirstOrDefault() is { } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }

        if (Matches(given, _key))
        {
            return _next(http);
        }

        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.Unauthorized(given is null
            ? "This server needs an API key: send it as X-Api-Key or Authorization: Bearer."
            : "The API key is wrong.").ExecuteAsync(http);
    }

    /// <summary>Whether <paramref name="given"/> is the key, compared in constant time.</summary>
    public static bool Matches(string? given, string key) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
}
