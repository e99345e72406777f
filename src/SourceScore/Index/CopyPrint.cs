using System.Buffers;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Index;

/// <summary>
/// What copy detection keeps of an article: its sentences (spans into its text) and, for each, the distinct
/// <see cref="TermKey"/>s of its content words and figures in text order, each in four bytes: the key folded to 24
/// bits (two texts' keys collide about once in a hundred alignments, and a stray match moves a sentence's coefficient
/// by one word), one bit that says whether it is an anchor — a figure, or a name (a capitalised word inside its
/// sentence, or a rare one opening it) — and its IDF weight in eighths, so names, figures and rare terms weigh most.
/// Two texts are aligned sentence by sentence on these (<see cref="Signals.Agreement.CopyAlignment"/>); the story index
/// keeps the print of every article it holds (about 1 KB for a news story of 16 sentences and 170 content words). At
/// most <see cref="MaxSentences"/> sentences of <see cref="MaxKeys"/> keys. Immutable.
/// </summary>
internal sealed class CopyPrint
{
    /// <summary>Sentences kept: the first ones (news puts its facts first).</summary>
    public const int MaxSentences = 160;

    /// <summary>Keys kept per sentence (a longer sentence keeps its first ones).</summary>
    public const int MaxKeys = 40;

    /// <summary>The IDF from which a capitalised word that opens a sentence counts as a name (rarer than about one document in 150).</summary>
    private const float RareName = 6;

    /// <summary>Weights are kept in eighths (at most 127/8).</summary>
    private const float WeightScale = 8;

    /// <summary>The bits of an entry that hold the key.</summary>
    private const uint KeyMask = 0xFFFFFF00;

    /// <summary>The bit of an entry that says it is an anchor.</summary>
    private const uint AnchorBit = 0x80;

    /// <summary>The bits of an entry that hold the weight.</summary>
    private const uint WeightMask = 0x7F;

    /// <summary>Tokens read per sentence.</summary>
    private const int MaxTokens = 256;

    /// <summary>Added to a number's hash so that it is never a word's key.</summary>
    private const ulong NumberSalt = 0x5bd1e9955bd1e995UL;

    private readonly ushort[] _starts;
    private readonly uint[] _keys;

    private CopyPrint(TextSpan[] sentences, ushort[] starts, uint[] keys)
    {
        Sentences = sentences;
        _starts = starts;
        _keys = keys;
    }

    /// <summary>Gets the sentences, in text order.</summary>
    public TextSpan[] Sentences { get; }

    /// <summary>Gets where each sentence's keys start in <see cref="Keys"/>, and their end (a cluster sends a print in these parts).</summary>
    public ReadOnlySpan<ushort> Starts => _starts;

    /// <summary>A print from the parts <see cref="Sentences"/>, <see cref="Starts"/> and <see cref="Keys"/> of another.</summary>
    public static CopyPrint FromParts(TextSpan[] sentences, ushort[] starts, uint[] keys)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(keys);
        if (starts.Length != sentences.Length + 1 || starts[^1] != keys.Length)
        {
            throw new ArgumentException("The parts of a copy print do not fit together.", nameof(starts));
        }

        return new CopyPrint(sentences, starts, keys);
    }

    /// <summary>Gets the number of sentences kept.</summary>
    public int Count => Sentences.Length;

    /// <summary>Gets every sentence's entries, one after the other (<see cref="KeyOf"/>, <see cref="IsAnchor"/>, <see cref="WeightOf(uint)"/>).</summary>
    public ReadOnlySpan<uint> Keys => _keys;

    /// <summary>An empty print (no text).</summary>
    public static CopyPrint Empty { get; } = new([], [0], []);

    /// <summary>The entries of sentence <paramref name="s"/>.</summary>
    public ReadOnlySpan<uint> KeysOf(int s) => _keys.AsSpan(_starts[s], _starts[s + 1] - _starts[s]);

    /// <summary>The key of an entry: what two texts compare (a <see cref="Fold"/>ed key).</summary>
    public static uint KeyOf(uint entry) => entry & KeyMask;

    /// <summary>Whether an entry is a name's or a figure's.</summary>
    public static bool IsAnchor(uint entry) => (entry & AnchorBit) != 0;

    /// <summary>The IDF weight of an entry.</summary>
    public static float WeightOf(uint entry) => (entry & WeightMask) / WeightScale;

    /// <summary>Whether sentence <paramref name="s"/> states a fact: it names someone or something, or gives a figure.</summary>
    public bool IsFactual(int s)
    {
        foreach (uint entry in KeysOf(s))
        {
            if (IsAnchor(entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sum of sentence <paramref name="s"/>'s key weights.</summary>
    public float WeightOf(int s)
    {
        uint sum = 0;
        foreach (uint entry in KeysOf(s))
        {
            sum += entry & WeightMask;
        }

        return sum / WeightScale;
    }

    /// <summary>Makes the print of a text, splitting it into sentences (<see cref="SentenceSplitter"/>) first.</summary>
    public static CopyPrint Of(string text, StanceLexicon lexicon)
    {
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(text, sentences);
        return Of(text, sentences, lexicon);
    }

    /// <summary>Makes the print of a text from its sentences.</summary>
    public static CopyPrint Of(string text, IReadOnlyList<TextSpan> sentences, StanceLexicon lexicon)
    {
        int n = Math.Min(sentences.Count, MaxSentences);
        if (n == 0)
        {
            return Empty;
        }

        var spans = new TextSpan[n];
        var starts = new ushort[n + 1];
        var keys = new List<uint>(n * 12);
        var tokens = ArrayPool<Token>.Shared.Rent(MaxTokens);
        Span<uint> sentenceKeys = stackalloc uint[MaxKeys];
        Span<char> digits = stackalloc char[32];
        try
        {
            for (int s = 0; s < n; s++)
            {
                spans[s] = sentences[s];
                starts[s] = (ushort)keys.Count;
                int sentenceStart = keys.Count;
                int count = 0;
                bool first = true;
                foreach (var token in WordScanner.Scan(text, sentences[s], tokens.AsSpan(0, MaxTokens)))
                {
                    if (count == MaxKeys)
                    {
                        break;
                    }

                    // A line break or a heading or list mark starts the sentence again: its first word is capitalised anyway.
                    if (token.LineBreakBefore || (token.Kind == TokenKind.Punctuation && text[token.Start] is '*' or '#' or '-' or '\u2022' or ':' or '"' or '\u201C'))
                    {
                        first = true;
                    }

                    var word = text.AsSpan(token.Start, token.Length);
                    ulong key = token.Kind switch
                    {
                        TokenKind.Word => TermKey.Of(word, token.Hash),
                        TokenKind.Number => NumberKey(word, digits),
                        _ => 0,
                    };
                    bool anchor = token.Kind == TokenKind.Number
                        || (token.Kind == TokenKind.Word && char.IsUpper(word[0]) && key != 0 && (!first || lexicon.Idf(key) >= RareName));
                    if (token.Kind != TokenKind.Punctuation)
                    {
                        first = false;
                    }

                    if (key == 0)
                    {
                        continue;
                    }

                    float idf = lexicon.Idf(key);
                    uint folded = Fold(key);
                    int at = sentenceKeys[..count].IndexOf(folded);
                    if (at < 0)
                    {
                        sentenceKeys[count++] = folded;
                        keys.Add(folded | (anchor ? AnchorBit : 0) | (uint)Math.Clamp(MathF.Round(idf * WeightScale), 1, WeightMask));
                    }
                    else if (anchor)
                    {
                        keys[sentenceStart + at] |= AnchorBit;
                    }
                }
            }

            starts[n] = (ushort)keys.Count;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }

        return new CopyPrint(spans, starts, [.. keys]);
    }

    /// <summary>A <see cref="TermKey"/> folded to the 24 bits a print compares (the low byte clear).</summary>
    public static uint Fold(ulong key) => (uint)(key ^ (key >> 32)) & KeyMask;

    /// <summary>
    /// The key of a figure: its digits and decimal point (2,000 = 2000), or 0 for a lone digit, too common to
    /// tell two stories apart.
    /// </summary>
    private static ulong NumberKey(ReadOnlySpan<char> number, Span<char> digits)
    {
        int n = 0;
        foreach (char c in number)
        {
            if (c != ',' && n < digits.Length)
            {
                digits[n++] = c;
            }
        }

        if (n < 2)
        {
            return 0;
        }

        ulong key = WordHash.Of(digits[..n]) ^ NumberSalt;
        return key == 0 ? 1 : key;
    }
}
