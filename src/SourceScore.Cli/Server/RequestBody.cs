using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using SourceScore.Cli.Input;

namespace SourceScore.Cli.Server;

/// <summary>
/// A request body read within the server's limit into a pooled buffer: a body over the limit is refused as soon as it is
/// known to be (its Content-Length, or the bytes read so far), never buffered whole; the bytes must be UTF-8 text, as
/// the tool's inputs must. Dispose returns the buffer.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private const int FirstBuffer = 16 * 1024;

    private byte[]? _buffer;
    private readonly int _start;
    private readonly int _length;

    private RequestBody(byte[] buffer, int start, int length)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
    }

    /// <summary>Gets the body's bytes, without a byte-order mark.</summary>
    public ReadOnlyMemory<byte> Bytes => _buffer.AsMemory(_start, _length);

    /// <summary>Gets the body as text.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes.Span);

    /// <summary>The media type of the request without its parameters, lower case; <see langword="null"/> when none was sent.</summary>
    public static string? MediaTypeOf(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        int semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>Reads the body; gives the problem response instead when it is too large, empty, or not UTF-8 text.</summary>
    public static async Task<(RequestBody? Body, IResult? Problem)> ReadAsync(HttpRequest request, long max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return (null, Problems.TooLarge(max));
        }

        var pool = ArrayPool<byte>.Shared;
        byte[] buffer = pool.Rent(request.ContentLength is long known and > 0 ? (int)known : FirstBuffer);
        int count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    // Full: a larger buffer, up to one byte over the limit (which then refuses the body).
                    var larger = pool.Rent((int)Math.Min(max + 1, 2L * buffer.Length));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }

                int read = await request.Body.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                count += read;
                if (count > max)
                {
                    pool.Return(buffer);
                    return (null, Problems.TooLarge(max));
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            pool.Return(buffer);
            return (null, Problems.TooLarge(max));
        }
        catch
        {
            pool.Return(buffer);
            throw;
        }

        var bytes = buffer.AsSpan(0, count);
        int bom = TextDecoder.BomLength(bytes);
        string? error = null;
        if (count - bom == 0 || !TextDecoder.IsText(bytes[bom..], out error))
        {
            pool.Return(buffer);
            return (null, Problems.BadRequest(error is null ? "The body is empty; there is nothing to score." : $"The body cannot be read as text: {error}."));
        }

        return (new RequestBody(buffer, bom, count - bom), null);
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
