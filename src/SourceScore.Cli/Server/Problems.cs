using Microsoft.AspNetCore.Http;
using SourceScore.Cli.Input;

namespace SourceScore.Cli.Server;

/// <summary>
/// The server's error responses: RFC 9457 problem documents (<c>application/problem+json</c>) with the status, a title,
/// what was wrong, and, for a bad article, the field that was (<c>"field"</c>) and each bad line of a batch (<c>"errors"</c>).
/// </summary>
internal static class Problems
{
    public static IResult Status(int status, string title, string detail, string? field = null, IEnumerable<InputError>? errors = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (field is not null)
        {
            extensions["field"] = field;
        }

        if (errors is not null)
        {
            extensions["errors"] = errors.Select(e => new Dictionary<string, string?>(StringComparer.Ordinal) { ["location"] = e.Location, ["field"] = e.Field, ["reason"] = e.Reason }).ToList();
        }

        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
    }

    public static IResult BadRequest(string detail, string? field = null, IEnumerable<InputError>? errors = null) =>
        Status(StatusCodes.Status400BadRequest, "The request cannot be scored", detail, field, errors);

    public static IResult TooLarge(long max) =>
        Status(StatusCodes.Status413PayloadTooLarge, "The request body is too large", $"The body is larger than the {max:N0} bytes this server accepts (sourcescore serve --max-body).");

    public static IResult UnsupportedMediaType(string? contentType, string accepted) =>
        Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"Content-Type '{contentType ?? "(none)"}' is not accepted here; send {accepted}.", "Content-Type");

    public static IResult Unauthorized(string detail) =>
        Status(StatusCodes.Status401Unauthorized, "An API key is needed", detail);
}
