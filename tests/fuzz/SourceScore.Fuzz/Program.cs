using System.Text;
using System.Text.Json;
using SharpFuzz;
using SourceScore;
using SourceScore.Cli.Input;

// The fuzzing harness (SharpFuzz, afl-fuzz): eng/fuzz.sh builds it, instruments SourceScore, SourceScore.Cli and
// HtmlAgilityPack, writes each target's seed corpus and runs afl-fuzz on it.
//   SourceScore.Fuzz TARGET                              under afl-fuzz: the fork server, one input a run
//   SourceScore.Fuzz corpus TARGET DIR SEEDS EXAMPLES    writes TARGET's seed corpus from ../shared/seeds and examples/
//   SourceScore.Fuzz replay TARGET FILE...               runs inputs once each (a crash or hang found, again)
// Targets: html (Article.FromHtml), feed (one JSONL feed line through the tool's reader), decode (the tool's UTF-8
// decoder of input files), score (Scorer.Score on arbitrary text). A target fails by throwing: any exception is a
// crash, and scoring that ends in SS5010 ("scoring failed") is one too.
return args switch
{
    ["corpus", var target, var dir, var seeds, var examples] => Corpus.Write(target, dir, seeds, examples),
    ["replay", var target, .. var files] => Replay(target, files),
    [var target] when Targets.IsKnown(target) => Fuzz(target),
    _ => Usage(),
};

static int Fuzz(string target)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Targets.Run(target, buffer.ToArray());
    });
    return 0;
}

static int Replay(string target, string[] files)
{
    int failed = 0;
    foreach (var file in files)
    {
        try
        {
            Targets.Run(target, File.ReadAllBytes(file));
        }
        catch (Exception ex)
        {
            failed++;
            Console.Error.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    return failed == 0 ? 0 : 1;
}

static int Usage()
{
    Console.Error.WriteLine($"usage: SourceScore.Fuzz {string.Join('|', Targets.Names)} | corpus TARGET DIR SEEDS EXAMPLES | replay TARGET FILE...");
    return 2;
}

/// <summary>The fuzz targets: each reads one input and throws when the code under test misbehaves.</summary>
internal static class Targets
{
    private static readonly Lazy<Scorer> s_scorer = new(() => Scorer.CreateDefault());

    public static IReadOnlyList<string> Names { get; } = ["html", "feed", "decode", "score"];

    public static bool IsKnown(string target) => Names.Contains(target);

    public static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "html":
                var page = Article.FromHtml(Encoding.UTF8.GetString(input), "page");
                _ = page.Text.Length;
                break;
            case "feed":
                Feed(input);
                break;
            case "decode":
                Decode(input);
                break;
            case "score":
                var score = s_scorer.Value.Score(Article.FromText(Encoding.UTF8.GetString(input), "text"));
                if (score.Error is { } error)
                {
                    throw new InvalidOperationException($"scoring failed ({error.Rule.Id}): {error.Type}: {error.Message}");
                }

                break;
            default:
                throw new ArgumentException($"unknown target '{target}'", nameof(target));
        }
    }

    /// <summary>The input as standard input of the tool's reader: every line is read, scored or reported, never thrown.</summary>
    private static void Feed(byte[] input)
    {
        var reader = new ArticleReader(_ => { }, () => new MemoryStream(input, writable: false));
        var articles = reader.ReadAsync(["-"], CancellationToken.None).GetAsyncEnumerator();
        try
        {
            while (articles.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                _ = articles.Current.Article.Text.Length;
            }
        }
        finally
        {
            articles.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The decoder either gives text (no NUL, no byte-order mark left) or refuses with a reason.</summary>
    private static void Decode(byte[] input)
    {
        if (TextDecoder.TryDecode(input, out var text, out var error))
        {
            if (error is not null || text.Contains('\0', StringComparison.Ordinal) || text.StartsWith('\uFEFF'))
            {
                throw new InvalidOperationException("decoded text holds a NUL or a byte-order mark, or came with an error");
            }
        }
        else if (string.IsNullOrEmpty(error))
        {
            throw new InvalidOperationException("refused without a reason");
        }
    }
}

/// <summary>Seed corpora: small inputs of each target's kind, made from the seeds and the examples (read in place, never copied into the repository).</summary>
internal static class Corpus
{
    /// <summary>afl-fuzz works best on small seeds: each is cut to this many bytes.</summary>
    private const int MaxBytes = 4096;

    public static int Write(string target, string dir, string seeds, string examples)
    {
        Directory.CreateDirectory(dir);
        var texts = Directory.GetFiles(seeds, "*.txt").Concat(Directory.GetFiles(examples, "*.txt")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var pages = Directory.GetFiles(examples, "*.htm*").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        int n = 0;
        void Put(string content)
        {
            var bytes = Encoding.UTF8.GetBytes(content);
            File.WriteAllBytes(Path.Combine(dir, $"seed-{n++:D3}"), bytes.AsSpan(0, Math.Min(bytes.Length, MaxBytes)).ToArray());
        }

        switch (target)
        {
            case "html":
                pages.ForEach(Put);
                texts.ForEach(t => Put("<html><body><article><p>" + t.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>"));
                break;
            case "feed":
                texts.ForEach(t => Put(JsonSerializer.Serialize(new { id = "a", source = "example.com", text = t[..Math.Min(t.Length, 1500)] }) + "\n"));
                pages.ForEach(p => Put(JsonSerializer.Serialize(new { id = "p", html = p[..Math.Min(p.Length, 3000)], published = "2024-05-01T10:00:00Z" }) + "\n"));
                break;
            case "decode":
            case "score":
                texts.ForEach(Put);
                break;
            default:
                return Usage();
        }

        Console.WriteLine($"{n} seeds for {target} in {dir}");
        return 0;

        static int Usage()
        {
            Console.Error.WriteLine("unknown target");
            return 2;
        }
    }
}
