using System.Text;
using SourceScore.Text;

namespace SourceScore.Training;

/// <summary>
/// An article spinner, for training examples of spun news: it swaps words for blind WordNet synonyms
/// (any sense, no regard for context or inflection, as spinning tools do), injects typos (listed
/// misspellings from codespell used in reverse, and letter slips), and drops or misplaces spaces around
/// commas and full stops. Intensity varies from copy to copy so light spins are in the data too.
/// Deterministic for a seed.
/// </summary>
internal sealed class Spinner
{
    private static readonly HashSet<string> s_keep = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "to", "in", "that", "is", "was", "for", "on", "it", "with", "as", "he", "she", "be", "by",
        "at", "from", "his", "her", "have", "has", "are", "were", "this", "which", "but", "not", "they", "had", "been", "who",
        "will", "their", "its", "would", "or", "said", "says", "told", "we", "i", "you", "our", "if", "can", "than", "them", "so",
        "into", "could", "what", "all", "no", "do", "did", "may", "should", "there", "these", "those", "also", "after", "before",
    };

    private readonly WordNet _wordNet;
    private readonly Dictionary<string, List<string>> _misspellingsOf;

    public Spinner(WordNet wordNet, IReadOnlyDictionary<string, string> typos)
    {
        _wordNet = wordNet;
        _misspellingsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (wrong, right) in typos.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!_misspellingsOf.TryGetValue(right, out var list))
            {
                _misspellingsOf[right] = list = [];
            }

            list.Add(wrong);
        }
    }

    public string Spin(string text, Random random)
    {
        double swapRate = 0.1 + (random.NextDouble() * 0.45);
        double typoRate = random.Next(3) == 0 ? 0 : random.NextDouble() * 0.03;
        double slipRate = random.Next(2) == 0 ? 0 : random.NextDouble() * 0.4;
        var output = new StringBuilder(text.Length + 64);
        int last = 0;
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            output.Append(text, last, token.Start - last);
            last = token.End;
            string word = text.Substring(token.Start, token.Length);
            if (token.Kind == TokenKind.Punctuation)
            {
                if (word is "," or "." && slipRate > 0 && random.NextDouble() < slipRate)
                {
                    // Drop the space after the mark, or put one before it.
                    if (random.Next(3) > 0 && last < text.Length && text[last] == ' ')
                    {
                        output.Append(word);
                        last++;
                        continue;
                    }

                    if (output.Length > 0 && output[^1] != ' ')
                    {
                        output.Append(' ');
                    }
                }

                output.Append(word);
                continue;
            }

            if (token.Kind == TokenKind.Word)
            {
                word = Swap(word, random, swapRate);
                if (typoRate > 0 && random.NextDouble() < typoRate)
                {
                    word = Typo(word, random);
                }
            }

            output.Append(word);
        }

        output.Append(text, last, text.Length - last);
        return output.ToString();
    }

    private string Swap(string word, Random random, double rate)
    {
        string lower = word.ToLowerInvariant();
        bool capitalised = char.IsUpper(word[0]);
        if (s_keep.Contains(lower) || word.Length < 3 || (capitalised && word.Length > 1 && char.IsUpper(word[1])) || random.NextDouble() >= rate)
        {
            return word;
        }

        if (!_wordNet.SynonymsOf.TryGetValue(lower, out var synonyms) || synonyms.Length == 0)
        {
            return word;
        }

        // Blind: the first senses are the commonest, but a spinner picks from all of them.
        string pick = synonyms[random.Next(Math.Min(synonyms.Length, 1 + random.Next(8)))];
        return capitalised ? char.ToUpperInvariant(pick[0]) + pick[1..] : pick;
    }

    private string Typo(string word, Random random)
    {
        string lower = word.ToLowerInvariant();
        if (_misspellingsOf.TryGetValue(lower, out var wrong) && random.Next(2) == 0)
        {
            string pick = wrong[random.Next(wrong.Count)];
            return char.IsUpper(word[0]) ? char.ToUpperInvariant(pick[0]) + pick[1..] : pick;
        }

        if (word.Length < 4)
        {
            return word;
        }

        var chars = word.ToCharArray();
        int i = 1 + random.Next(chars.Length - 2);
        switch (random.Next(4))
        {
            case 0:
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
            case 1:
                return word.Remove(i, 1);
            case 2:
                return word.Insert(i, word[i].ToString());
            default:
                chars[i] = (char)('a' + random.Next(26));
                return new string(chars);
        }
    }
}
