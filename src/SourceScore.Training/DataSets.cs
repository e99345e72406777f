using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SourceScore.Training;

/// <summary>Reads the labelled data sets in place from ../shared/data (never copied into the repo).</summary>
internal static class DataSets
{
    public static string DefaultRoot()
    {
        // The data folder sits beside the checkout: walk up from the current directory until shared/data appears.
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }

    public static IEnumerable<JsonElement> ReadJsonl(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    /// <summary>The texts of <c>machine_news</c> (dev), each with its story group ("mn:" + group), whether a machine wrote it, and its generator ("human" for the BBC texts).</summary>
    public static IEnumerable<(string Group, bool Machine, string Generator, string Text)> MachineNews(string root)
    {
        foreach (var row in ReadJsonl(Path.Combine(root, "machine_news", "dev.jsonl")))
        {
            bool machine = row.GetProperty("label").GetString() == "machine";
            yield return ("mn:" + row.GetProperty("group").GetString(), machine, machine ? row.GetProperty("generator").GetString()! : "human", row.GetProperty("text").GetString()!);
        }
    }

    /// <summary>The FNC-1 training bodies by id.</summary>
    public static Dictionary<int, string> FncBodies(string root)
    {
        var bodies = new Dictionary<int, string>();
        foreach (var row in ReadJsonl(Path.Combine(root, "fnc1", "train_bodies.jsonl")))
        {
            bodies[row.GetProperty("body_id").GetInt32()] = row.GetProperty("body").GetString()!;
        }

        return bodies;
    }

    /// <summary>The FNC-1 stories: each headline with the ids of the bodies related to it (agree, disagree or discuss).</summary>
    public static Dictionary<string, SortedSet<int>> FncStories(string root)
    {
        var byHeadline = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var row in ReadJsonl(Path.Combine(root, "fnc1", "train_stances.jsonl")))
        {
            if (row.GetProperty("stance").GetString() == "unrelated")
            {
                continue;
            }

            string headline = row.GetProperty("headline").GetString()!;
            if (!byHeadline.TryGetValue(headline, out var set))
            {
                byHeadline[headline] = set = [];
            }

            set.Add(row.GetProperty("body_id").GetInt32());
        }

        return byHeadline;
    }

    /// <summary>Human-written news texts: the human side of machine_news, the FNC-1 bodies, the article-extraction bodies.</summary>
    public static List<(string Key, string Source, string Text)> CleanNews(string root)
    {
        var texts = new List<(string, string, string)>();
        foreach (var (group, _, _, text) in MachineNews(root).Where(r => !r.Machine))
        {
            texts.Add((group, "machine_news", text));
        }

        foreach (var row in ReadJsonl(Path.Combine(root, "fnc1", "train_bodies.jsonl")))
        {
            texts.Add(("fnc:" + row.GetProperty("body_id").ToString(), "fnc1", row.GetProperty("body").GetString()!));
        }

        foreach (var row in ReadJsonl(Path.Combine(root, "article_extraction", "dev.jsonl.gz")))
        {
            texts.Add(("ae:" + row.GetProperty("id").GetString(), "article_extraction", row.GetProperty("article_body").GetString()!));
        }

        return texts;
    }

    /// <summary>The cross-fitting fold (0 to <paramref name="folds"/> − 1) of a key inside training, by hash.</summary>
    public static int CrossFold(string key, int folds)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("sourcescore-crossfit-v1|" + key));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)folds);
    }

    /// <summary>Our own fold inside the dev data: about 20 % of keys are held out for evaluation, by hash.</summary>
    public static bool IsHeldOut(string key, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"sourcescore-fold-v1|{purpose}|{key}"));
        return BitConverter.ToUInt32(hash, 0) % 100 < 20;
    }
}
