using SourceScore.Models;
using SourceScore.Text;
using SourceScore.Signals.Machine;

namespace SourceScore.Training;

/// <summary>
/// Word and adjacent-pair counts over a set of human news texts, tokenised exactly as the library reads
/// text (<see cref="WordScanner"/>). Counts add and subtract, so the training can build a table that
/// leaves out the texts being featurised (cross-fitting: a text must not look familiar because it is in
/// the table). <see cref="ToLexicon"/> hashes them into the shipped <see cref="NewsLexicon"/>.
/// </summary>
internal sealed class NewsCounts
{
    public Dictionary<ulong, int> Words { get; } = [];

    public Dictionary<(ulong First, ulong Second), int> Pairs { get; } = [];

    public long Total { get; private set; }

    public static NewsCounts Of(string text)
    {
        var counts = new NewsCounts();
        var scanner = new WordScanner(text);
        Token previous = default;
        bool havePrevious = false;
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            if (token.Kind != TokenKind.Punctuation)
            {
                counts.Words[token.Hash] = counts.Words.GetValueOrDefault(token.Hash) + 1;
                counts.Total++;
                if (havePrevious && previous.Kind != TokenKind.Punctuation && token.SpaceBefore && !token.LineBreakBefore)
                {
                    var key = (previous.Hash, token.Hash);
                    counts.Pairs[key] = counts.Pairs.GetValueOrDefault(key) + 1;
                }
            }

            previous = token;
            havePrevious = true;
        }

        return counts;
    }

    public void Add(NewsCounts other, int sign = 1)
    {
        Merge(Words, other.Words, sign);
        Merge(Pairs, other.Pairs, sign);
        Total += sign * other.Total;
    }

    public NewsCounts Copy()
    {
        var copy = new NewsCounts();
        copy.Add(this);
        return copy;
    }

    public NewsLexicon ToLexicon(HashCountTable known, IReadOnlyDictionary<ulong, string> typos, IReadOnlyDictionary<ulong, string[]> synonyms, double threshold)
    {
        var followers = new Dictionary<ulong, int>();
        var top = new Dictionary<ulong, int>();
        var pairs = new Dictionary<ulong, int>(Pairs.Count);
        foreach (var ((first, second), count) in Pairs)
        {
            pairs[WordHash.Pair(first, second)] = count;
            followers[first] = followers.GetValueOrDefault(first) + 1;
            top[first] = Math.Max(top.GetValueOrDefault(first), count);
        }

        return new NewsLexicon(
            HashCountTable.Build(Words), HashCountTable.Build(pairs), HashCountTable.Build(followers), HashCountTable.Build(top),
            known, Total, typos, synonyms, threshold);
    }

    /// <summary>Adds (or, with sign −1, takes away) counts; a key whose count reaches zero is removed.</summary>
    private static void Merge<TKey>(Dictionary<TKey, int> into, Dictionary<TKey, int> from, int sign)
        where TKey : notnull
    {
        foreach (var (key, value) in from)
        {
            int v = into.GetValueOrDefault(key) + (sign * value);
            if (v == 0)
            {
                into.Remove(key);
            }
            else
            {
                into[key] = v;
            }
        }
    }
}
