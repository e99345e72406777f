using System.Collections.Frozen;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Configuration;

/// <summary>
/// An outlet's house lists as the checks read them (<see cref="SourceScoreConfiguration.Boilerplate"/>,
/// <see cref="SourceScoreConfiguration.Names"/>, <see cref="SourceScoreConfiguration.Words"/>): its own boilerplate lines
/// by a hash of their folded text, words that are never misspellings by their word hash, and the term keys of name
/// variants mapped to the name's. <see cref="None"/> when there are none, and then every test is one comparison.
/// Immutable and thread-safe.
/// </summary>
internal sealed class HouseStyle
{
    private readonly FrozenSet<ulong> _lines;
    private readonly FrozenSet<ulong> _words;
    private readonly FrozenDictionary<ulong, ulong> _aliases;
    private StanceLexicon? _lexicon;

    private HouseStyle(FrozenSet<ulong> lines, FrozenSet<ulong> words, FrozenDictionary<ulong, ulong> aliases)
    {
        _lines = lines;
        _words = words;
        _aliases = aliases;
    }

    public static HouseStyle None { get; } = new(FrozenSet<ulong>.Empty, FrozenSet<ulong>.Empty, FrozenDictionary<ulong, ulong>.Empty);

    public bool HasLines => _lines.Count > 0;

    public bool HasWords => _words.Count > 0;

    public bool HasAliases => _aliases.Count > 0;

    public static HouseStyle Of(SourceScoreConfiguration configuration)
    {
        if (configuration.Boilerplate.Count == 0 && configuration.Words.Count == 0 && configuration.Names.Count == 0)
        {
            return None;
        }

        var lines = configuration.Boilerplate.Select(l => LineHash(l)).ToFrozenSet();
        var words = configuration.Words.Select(w => WordHash.Of(w)).ToFrozenSet();
        var aliases = new Dictionary<ulong, ulong>();
        foreach (var (name, variants) in configuration.Names)
        {
            var nameKeys = KeysOf(name);
            if (nameKeys.Count == 0)
            {
                continue;
            }

            foreach (string variant in variants)
            {
                // Word for word from the end (the family name), and a one-word variant stands for the family name.
                var variantKeys = KeysOf(variant);
                for (int i = 1; i <= variantKeys.Count; i++)
                {
                    ulong from = variantKeys[^i], to = nameKeys[^Math.Min(i, nameKeys.Count)];
                    if (from != to)
                    {
                        aliases[from] = to;
                    }
                }
            }
        }

        return new HouseStyle(lines, words, aliases.ToFrozenDictionary());
    }

    /// <summary>Whether a line (its content, without the line break) is one of the outlet's boilerplate lines.</summary>
    public bool IsHouseLine(ReadOnlySpan<char> line) => _lines.Count > 0 && _lines.Contains(LineHash(line));

    /// <summary>Whether a word (its case-folded <see cref="WordHash"/>) is one the outlet says is never a misspelling.</summary>
    public bool IsHouseWord(ulong wordHash) => _words.Count > 0 && _words.Contains(wordHash);

    /// <summary>The stance lexicon that reads name variants as their name (the given one when there are no names).</summary>
    public StanceLexicon Lexicon(StanceLexicon lexicon)
    {
        if (_aliases.Count == 0)
        {
            return lexicon;
        }

        var made = Volatile.Read(ref _lexicon);
        if (made is null || !made.SharesFrequencies(lexicon))
        {
            made = lexicon.WithAliases(_aliases);
            Volatile.Write(ref _lexicon, made);
        }

        return made;
    }

    /// <summary>A hash of the line's words, case-folded, with every run of spaces, dashes and punctuation between them as one.</summary>
    private static ulong LineHash(ReadOnlySpan<char> line)
    {
        ulong h = WordHash.Offset;
        bool gap = false, any = false;
        foreach (char c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && any)
                {
                    h = (h ^ ' ') * WordHash.Prime;
                }

                h = (h ^ WordHash.Fold(c)) * WordHash.Prime;
                gap = false;
                any = true;
            }
            else
            {
                gap = true;
            }
        }

        return h;
    }

    /// <summary>The term keys of a name's words, read as the stance reader reads a text (<see cref="WordScanner"/>, <see cref="TermKey"/>), so that they meet its keys.</summary>
    private static List<ulong> KeysOf(string name)
    {
        var keys = new List<ulong>();
        var scanner = new WordScanner(name);
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            ulong key = token.Kind == TokenKind.Word ? TermKey.Of(name.AsSpan(token.Start, token.Length), token.Hash) : 0;
            if (key != 0)
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
