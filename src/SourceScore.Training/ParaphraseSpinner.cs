using System.Text;
using SourceScore.Text;

namespace SourceScore.Training;

/// <summary>
/// A second article spinner, for evaluation only (no model trains on its output): it works unlike <see cref="Spinner"/>,
/// as a more careful spinning tool does. It keeps inflection (it finds a word's lemma by its ending, swaps the lemma for
/// its commonest WordNet synonym and puts the ending back), rewrites stock phrases from a table of its own ("because"
/// → "owing to the fact that", "said" → "stated"), swaps neighbouring sentences now and then, and makes no typos and no
/// spacing slips. Deterministic for a seed.
/// </summary>
internal sealed class ParaphraseSpinner
{
    private static readonly (string From, string To)[] s_phrases =
    [
        ("because", "owing to the fact that"), ("however", "nevertheless"), ("said", "stated"), ("says", "states"),
        ("told", "informed"), ("about", "approximately"), ("but", "yet"), ("also", "additionally"), ("after", "following"),
        ("before", "prior to"), ("during", "in the course of"), ("while", "whilst"), ("many", "numerous"), ("people", "individuals"),
        ("help", "assist"), ("show", "demonstrate"), ("shows", "demonstrates"), ("showed", "demonstrated"), ("use", "utilise"),
        ("used", "utilised"), ("start", "commence"), ("started", "commenced"), ("end", "conclude"), ("ended", "concluded"),
        ("big", "substantial"), ("large", "considerable"), ("small", "modest"), ("important", "significant"), ("get", "obtain"),
        ("got", "obtained"), ("need", "require"), ("needs", "requires"), ("want", "wish"), ("wanted", "wished"), ("try", "attempt"),
        ("tried", "attempted"), ("buy", "purchase"), ("bought", "purchased"), ("enough", "sufficient"), ("so", "therefore"),
        ("very", "extremely"), ("now", "currently"), ("soon", "shortly"), ("again", "once more"), ("rise", "increase"),
        ("rose", "increased"), ("fall", "decrease"), ("fell", "decreased"), ("hit", "struck"), ("job", "position"),
        ("jobs", "positions"), ("home", "residence"), ("car", "vehicle"), ("cars", "vehicles"), ("firm", "company"),
    ];

    private static readonly Dictionary<string, string> s_phraseOf = s_phrases.ToDictionary(p => p.From, p => p.To, StringComparer.Ordinal);

    private static readonly string[] s_endings = ["ing", "ed", "es", "s", "ly", "er"];

    private readonly WordNet _wordNet;

    public ParaphraseSpinner(WordNet wordNet) => _wordNet = wordNet;

    public string Spin(string text, Random random)
    {
        double swapRate = 0.15 + (random.NextDouble() * 0.3);
        double phraseRate = 0.5 + (random.NextDouble() * 0.5);
        var output = new StringBuilder(text.Length + 64);
        int last = 0;
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            output.Append(text, last, token.Start - last);
            last = token.End;
            string word = text.Substring(token.Start, token.Length);
            if (token.Kind == TokenKind.Word)
            {
                word = Rewrite(word, random, swapRate, phraseRate);
            }

            output.Append(word);
        }

        output.Append(text, last, text.Length - last);
        return Reorder(output.ToString(), random);
    }

    private string Rewrite(string word, Random random, double swapRate, double phraseRate)
    {
        string lower = word.ToLowerInvariant();
        bool capitalised = char.IsUpper(word[0]);
        if (capitalised && word.Length > 1 && char.IsUpper(word[1]))
        {
            return word;
        }

        string? result = null;
        if (s_phraseOf.TryGetValue(lower, out var phrase))
        {
            result = random.NextDouble() < phraseRate ? phrase : null;
        }
        else if (lower.Length >= 4 && random.NextDouble() < swapRate)
        {
            result = Synonym(lower);
        }

        if (result is null)
        {
            return word;
        }

        return capitalised ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    // The commonest synonym of the word's lemma, with the word's ending put back; none for a word WordNet does not know.
    private string? Synonym(string lower)
    {
        if (_wordNet.SynonymsOf.TryGetValue(lower, out var direct) && direct.Length > 0 && !direct[0].Contains(' ', StringComparison.Ordinal))
        {
            return direct[0];
        }

        foreach (string ending in s_endings)
        {
            if (lower.Length > ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                string stem = lower[..^ending.Length];
                foreach (string lemma in (string[])[stem, stem + "e"])
                {
                    if (_wordNet.SynonymsOf.TryGetValue(lemma, out var synonyms) && synonyms.Length > 0 && !synonyms[0].Contains(' ', StringComparison.Ordinal))
                    {
                        string pick = synonyms[0];
                        return (ending is "ed" or "ing" or "er") && pick.EndsWith('e') ? pick[..^1] + ending : pick + ending;
                    }
                }
            }
        }

        return null;
    }

    // Swaps a sentence with the next one inside a line, one pair in five.
    private static string Reorder(string text, Random random)
    {
        var lines = text.Split('\n');
        for (int l = 0; l < lines.Length; l++)
        {
            var spans = new List<TextSpan>();
            SentenceSplitter.Split(lines[l], spans);
            string line = lines[l];
            var sentences = spans.Select(s => line.Substring(s.Start, s.Length).Trim()).Where(s => s.Length > 0).ToList();
            if (sentences.Count < 2)
            {
                continue;
            }

            for (int i = 0; i + 1 < sentences.Count; i++)
            {
                if (random.Next(5) == 0)
                {
                    (sentences[i], sentences[i + 1]) = (sentences[i + 1], sentences[i]);
                    i++;
                }
            }

            lines[l] = string.Join(' ', sentences);
        }

        return string.Join('\n', lines);
    }
}
