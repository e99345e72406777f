using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SourceScore.Cli.Output;

namespace SourceScore.Cli.Server;

/// <summary>A JSON (or JSONL) response written straight into the response body, as the tool writes its records.</summary>
internal sealed class Utf8JsonResult : IResult
{
    private readonly Action<Utf8JsonWriter, IBufferWriter<byte>> _write;
    private readonly string _contentType;

    /// <param name="write">Writes the JSON; it is also given the body itself (a JSONL writer puts its newlines there, after a flush).</param>
    /// <param name="contentType">The response's content type.</param>
    public Utf8JsonResult(Action<Utf8JsonWriter, IBufferWriter<byte>> write, string contentType = "application/json; charset=utf-8")
    {
        _write = write;
        _contentType = contentType;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = _contentType;
        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, JsonlScoreWriter.WriterOptions))
        {
            _write(writer, httpContext.Response.BodyWriter);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
