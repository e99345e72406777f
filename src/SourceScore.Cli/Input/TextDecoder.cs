using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SourceScore.Cli.Input;

/// <summary>
/// Decodes input bytes as strict UTF-8. A byte-order mark is dropped; a NUL byte marks a binary file;
/// invalid UTF-8 is refused with the offset of the first bad byte, never silently replaced.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = string.Empty;
        bytes = bytes[BomLength(bytes)..];
        if (!IsText(bytes, out error))
        {
            return false;
        }

        text = s_strict.GetString(bytes);
        return true;
    }

    /// <summary>The length of the UTF-8 byte-order mark at the start of <paramref name="bytes"/>: 3, or 0 when there is none.</summary>
    public static int BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>Whether <paramref name="bytes"/> (without a byte-order mark) are UTF-8 text: valid, and no NUL byte; if not, why.</summary>
    public static bool IsText(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"binary file (NUL byte at offset {nul}); expected UTF-8 text";
            return false;
        }

        if (!Utf8.IsValid(bytes))
        {
            int offset = FirstInvalid(bytes);
            error = $"not valid UTF-8 (bad byte 0x{bytes[offset]:X2} at offset {offset}); convert it to UTF-8 first";
            return false;
        }

        return true;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }
}
