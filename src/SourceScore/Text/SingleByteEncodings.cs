using System.Collections.Frozen;
using System.Text;

namespace SourceScore.Text;

/// <summary>
/// The single-byte encodings that UTF-8 text is most often wrongly decoded with, as reverse tables
/// (character to byte) for re-encoding suspected mojibake. Built once; immutable and thread-safe.
/// </summary>
internal sealed class SingleByteEncoding
{
    private readonly FrozenDictionary<char, byte> _bytes;

    private SingleByteEncoding(string name, FrozenDictionary<char, byte> bytes, bool strict)
    {
        Name = name;
        _bytes = bytes;
        IsStrict = strict;
    }

    /// <summary>Gets the encoding's usual name, for messages.</summary>
    public string Name { get; }

    /// <summary>Gets whether two-character sequences need extra evidence with this encoding (its mojibake looks like plausible text).</summary>
    public bool IsStrict { get; }

    /// <summary>Gets the encodings to try, most common mix-up first.</summary>
    public static IReadOnlyList<SingleByteEncoding> All { get; } = Build();

    /// <summary>Gets the byte a character has in this encoding (only characters at or above U+0080).</summary>
    public bool TryGetByte(char c, out byte value) => _bytes.TryGetValue(c, out value);

    private static SingleByteEncoding[] Build()
    {
        var provider = CodePagesEncodingProvider.Instance;
        return
        [
            FromCodePage(provider, 1252, "Windows-1252", strict: false, sloppy: true),
            Latin1(),
            FromCodePage(provider, 1251, "Windows-1251", strict: false, sloppy: true),
            FromCodePage(provider, 1250, "Windows-1250", strict: false, sloppy: true),
            FromCodePage(provider, 1253, "Windows-1253", strict: true, sloppy: true),
            FromCodePage(provider, 1254, "Windows-1254", strict: true, sloppy: true),
            FromCodePage(provider, 1257, "Windows-1257", strict: true, sloppy: true),
            FromCodePage(provider, 28592, "ISO-8859-2", strict: true, sloppy: false),
            FromCodePage(provider, 437, "code page 437", strict: false, sloppy: false),
            FromCodePage(provider, 10000, "Mac OS Roman", strict: true, sloppy: false),
        ];
    }

    private static SingleByteEncoding Latin1()
    {
        var map = new Dictionary<char, byte>();
        for (int b = 0x80; b <= 0xFF; b++)
        {
            map[(char)b] = (byte)b;
        }

        return new SingleByteEncoding("Latin-1", map.ToFrozenDictionary(), strict: false);
    }

    private static SingleByteEncoding FromCodePage(EncodingProvider provider, int codePage, string name, bool strict, bool sloppy)
    {
        var encoding = provider.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)
            ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
        var map = new Dictionary<char, byte>();
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[4];
        for (int b = 0x80; b <= 0xFF; b++)
        {
            one[0] = (byte)b;
            int n = encoding.GetChars(one, decoded);
            if (n == 1 && decoded[0] != '\uFFFD')
            {
                map.TryAdd(decoded[0], (byte)b);
            }
            else if (sloppy)
            {
                // "Sloppy" decoders (browsers, Python's and ftfy's) turn undefined bytes into the C1 control of the same value.
                map.TryAdd((char)b, (byte)b);
            }
        }

        return new SingleByteEncoding(name, map.ToFrozenDictionary(), strict);
    }
}
