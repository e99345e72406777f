using System.Buffers;
using System.Text;

namespace SourceScore.Cli.Input;

/// <summary>
/// Reads UTF-8 lines from a stream without ever holding more than one line (of at most a given length):
/// a longer line is skipped and reported, invalid UTF-8 in a line is reported, and reading goes on.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly Stream _stream;
    private readonly int _maxBytes;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public BoundedLineReader(Stream stream, int maxChars)
    {
        _stream = stream;
        _maxBytes = maxChars;
    }

    public readonly record struct Line(string? Text, string? Error, bool IsEnd);

    public async ValueTask<Line> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new ArrayBufferWriter<byte>();
        bool tooLong = false;
        bool sawAnything = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof)
                {
                    break;
                }

                _start = 0;
                // Standard input and pipes ignore the token once a read is waiting for data, so a feed that has gone
                // quiet would keep Ctrl-C waiting for its next line: the wait, not the read, is what is cancelled. The
                // read left behind is never looked at again (the reader is done once cancelled).
                _end = await _stream.ReadAsync(_buffer, cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
                if (_end == 0)
                {
                    _eof = true;
                    break;
                }
            }

            sawAnything = true;
            var chunk = _buffer.AsSpan(_start, _end - _start);
            int newline = chunk.IndexOf((byte)'\n');
            var part = newline >= 0 ? chunk[..newline] : chunk;
            if (!tooLong)
            {
                if (line.WrittenCount + part.Length > _maxBytes)
                {
                    tooLong = true;
                    line.ResetWrittenCount();
                }
                else
                {
                    line.Write(part);
                }
            }

            _start += newline >= 0 ? newline + 1 : part.Length;
            if (newline >= 0)
            {
                return Finish(line, tooLong);
            }
        }

        return sawAnything ? Finish(line, tooLong) : new Line(null, null, IsEnd: true);
    }

    private Line Finish(ArrayBufferWriter<byte> line, bool tooLong)
    {
        if (tooLong)
        {
            return new Line(null, $"line longer than {_maxBytes:N0} bytes; skipped", false);
        }

        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new Line(null, "not valid UTF-8; skipped", false);
        }

        return new Line(Encoding.UTF8.GetString(bytes), null, false);
    }
}
