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
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

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

        text = s_strict.GetString(bytes);
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
