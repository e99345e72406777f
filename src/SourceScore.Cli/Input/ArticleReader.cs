using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SourceScore.Cli.Input;

/// <summary>
/// Reads the tool's inputs in order — files, directories (recursively, files sorted by path), JSONL feeds
/// and standard input — as a stream of articles. What cannot be read is reported (one line each)
/// and skipped; the rest is still read. Nothing is held beyond the current file or
/// feed line.
/// </summary>
internal sealed class ArticleReader
{
    /// <summary>The longest feed line accepted (a line is one article): 64 MiB of characters.</summary>
    public const int MaxLineLength = 64 * 1024 * 1024;

    /// <summary>The largest single file read: 256 MiB.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>How a JSONL line (a feed article, a stance pair) is parsed: an object a few levels deep, each key once (which of two values would count is the parser's choice, so neither does).</summary>
    private static readonly JsonDocumentOptions s_lineOptions = new() { MaxDepth = 16, AllowDuplicateProperties = false };

    private readonly Action<InputError> _report;
    private readonly Func<Stream> _openStandardInput;

    public ArticleReader(Action<InputError> report, Func<Stream> openStandardInput)
    {
        _report = report;
        _openStandardInput = openStandardInput;
    }

    public int ErrorCount { get; private set; }

    /// <summary>Expands the inputs to the list of files and feeds to read, reporting what does not exist.</summary>
    public List<string> Expand(IEnumerable<string> inputs)
    {
        var result = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                result.Add(input);
            }
            else if (Directory.Exists(input))
            {
                result.AddRange(FilesUnder(input).Where(f => InputFile.KindOf(f) is not null).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                if (InputFile.KindOf(input) is null)
                {
                    Report(input, "unsupported file type; expected .txt, .md, .html, .htm or .jsonl");
                }
                else
                {
                    result.Add(input);
                }
            }
            else
            {
                Report(input, "no such file or directory");
            }
        }

        return result;
    }

    /// <summary>
    /// The files under a directory, recursively, leaving out hidden ones and folders that cannot be read. A symbolic
    /// link to a directory is not followed, so a link back up the tree cannot make the walk endless (a symbolic link to
    /// a file is read like the file).
    /// </summary>
    private static IEnumerable<string> FilesUnder(string directory) =>
        new FileSystemEnumerable<string>(
            directory,
            static (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
        {
            ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = static (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    /// <summary>The articles of the inputs, in order, each made (a page's text extracted) as it is read.</summary>
    public async IAsyncEnumerable<InputArticle> ReadAsync(IReadOnlyList<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var input in ReadFieldsAsync(paths, cancellationToken).ConfigureAwait(false))
        {
            if (Make(input) is { } article)
            {
                yield return article;
            }
        }
    }

    /// <summary>
    /// The inputs' articles as they were given, in order, without making them (no page is extracted here): what a
    /// cluster's silos are sent, to make and score there. What cannot be read is reported and skipped, as by
    /// <see cref="ReadAsync"/>.
    /// </summary>
    public async IAsyncEnumerable<InputFields> ReadFieldsAsync(IReadOnlyList<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == "-")
            {
                await foreach (var fields in ReadFeedAsync(_openStandardInput(), "-", cancellationToken).ConfigureAwait(false))
                {
                    yield return fields;
                }

                continue;
            }

            var kind = InputFile.KindOf(path);
            if (kind == InputKind.Jsonl)
            {
                Stream? stream = OpenFile(path);
                if (stream is null)
                {
                    continue;
                }

                await foreach (var fields in ReadFeedAsync(stream, path, cancellationToken).ConfigureAwait(false))
                {
                    yield return fields;
                }

                continue;
            }

            var text = await ReadTextFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                continue;
            }

            bool html = kind == InputKind.Html;
            yield return new InputFields(new FeedFields(path, string.Empty, null, null, null, null, html ? null : text, html ? text : null, null), path, 0);
        }
    }

    private Stream? OpenFile(string path)
    {
        try
        {
            if (!IsReadableFile(path, new FileInfo(path).Length))
            {
                return null;
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(path, ex.Message);
            return null;
        }
    }

    private async Task<string?> ReadTextFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!IsReadableFile(path, info.Length))
            {
                return null;
            }

            if (info.Length > MaxFileBytes)
            {
                Report(path, $"file is {info.Length:N0} bytes, more than the {MaxFileBytes:N0} the tool reads");
                return null;
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(path, ex.Message);
            return null;
        }

        if (bytes.Length == 0)
        {
            Report(path, "empty file; nothing to score");
            return null;
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var error))
        {
            Report(path, error!);
            return null;
        }

        return text;
    }

    /// <summary>
    /// Whether a path is worth opening: a file of some length. Opening a named pipe blocks until something writes to it,
    /// and a device may never end, and both have length 0 like an empty file, so a file of length 0 is reported and not
    /// opened (a feed can come through standard input instead).
    /// </summary>
    private bool IsReadableFile(string path, long length)
    {
        if (length > 0)
        {
            return true;
        }

        Report(path, "empty, or not a regular file (a pipe, socket or device); nothing to score (give a stream on standard input as '-')");
        return false;
    }

    private IAsyncEnumerable<InputFields> ReadFeedAsync(Stream stream, string name, CancellationToken cancellationToken) =>
        ReadLinesAsync(stream, name, "empty feed; nothing to score", ParseFeedFields, cancellationToken);

    /// <summary>Reads a stance file: JSONL lines {"id", "headline", "body"}; a bad line is reported and skipped.</summary>
    public IAsyncEnumerable<StancePair> ReadStancePairsAsync(string path, CancellationToken cancellationToken)
    {
        if (path != "-" && !File.Exists(path))
        {
            Report(path, "no such file");
            return AsyncEnumerable.Empty<StancePair>();
        }

        var stream = path == "-" ? _openStandardInput() : OpenFile(path);
        return stream is null ? AsyncEnumerable.Empty<StancePair>() : ReadLinesAsync(stream, path, "empty file; no pairs to classify", ParseStanceLine, cancellationToken);
    }

    /// <summary>Reads JSONL lines of bounded length, parsing each; bad lines are reported with their number and skipped.</summary>
    private async IAsyncEnumerable<T> ReadLinesAsync<T>(Stream stream, string name, string whenEmpty, Func<string, string, int, T?> parse, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await using var _ = stream.ConfigureAwait(false);
        var reader = new BoundedLineReader(stream, MaxLineLength);
        int lineNumber = 0;
        bool any = false;
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line.IsEnd)
            {
                break;
            }

            lineNumber++;
            if (line.Error is not null)
            {
                Report($"{name}:{lineNumber}", line.Error);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            any = true;
            var item = parse(line.Text!, name, lineNumber);
            if (item is not null)
            {
                yield return item;
            }
        }

        if (!any)
        {
            // No line held anything: an empty input, or only blank lines.
            Report(name, whenEmpty);
        }
    }

    private StancePair? ParseStanceLine(string line, string name, int lineNumber)
    {
        string location = $"{name}:{lineNumber}";
        try
        {
            using var doc = JsonDocument.Parse(line, s_lineOptions);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                Report(location, "a stance line must be a JSON object");
                return null;
            }

            string? id = OptionalString(doc.RootElement, "id", location, out bool bad);
            string? headline = OptionalString(doc.RootElement, "headline", location, out bool bad2);
            string? body = OptionalString(doc.RootElement, "body", location, out bool bad3);
            if (bad || bad2 || bad3)
            {
                return null;
            }

            if (headline is null || body is null)
            {
                Report(location, "a stance line needs \"headline\" and \"body\"");
                return null;
            }

            return new StancePair(id ?? location, headline, body);
        }
        catch (JsonException ex)
        {
            Report(location, $"not valid JSON ({FirstSentence(ex.Message)})");
            return null;
        }
    }

    /// <summary>Reads one feed line (a JSON object); a bad line is reported, naming its field where one is wrong, and gives <see langword="null"/>.</summary>
    internal InputArticle? ParseFeedLine(string line, string name, int lineNumber) =>
        Make(ParseFeedFields(name, lineNumber, () => JsonDocument.Parse(line, s_lineOptions)));

    private InputFields? ParseFeedFields(string line, string name, int lineNumber) =>
        ParseFeedFields(name, lineNumber, () => JsonDocument.Parse(line, s_lineOptions));

    /// <summary>Reads one feed line given as UTF-8 (the server's request bodies: no string of the whole line is made).</summary>
    internal InputArticle? ParseFeedLine(ReadOnlyMemory<byte> utf8, string name, int lineNumber) =>
        Make(ParseFeedFields(name, lineNumber, () => JsonDocument.Parse(utf8, s_lineOptions)));

    private InputFields? ParseFeedFields(string name, int lineNumber, Func<JsonDocument> parse)
    {
        string location = $"{name}:{lineNumber}";
        try
        {
            using var doc = parse();
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Report(location, "a feed line must be a JSON object");
                return null;
            }

            string? id = OptionalString(root, "id", location, out bool bad);
            string? text = OptionalString(root, "text", location, out bool bad2);
            string? html = OptionalString(root, "html", location, out bool bad3);
            string? url = OptionalString(root, "url", location, out bool bad4);
            string? source = OptionalString(root, "source", location, out bool bad5);
            string? title = OptionalString(root, "title", location, out bool bad6);
            string? publishedText = OptionalString(root, "published", location, out bool bad7);
            string? author = OptionalString(root, "author", location, out bool bad8);
            string? language = OptionalString(root, "language", location, out bool bad9);
            if (bad || bad2 || bad3 || bad4 || bad5 || bad6 || bad7 || bad8 || bad9)
            {
                return null;
            }

            if ((text is null) == (html is null))
            {
                Report(location, "a feed line needs exactly one of \"text\" or \"html\"", text is null ? "text" : "html");
                return null;
            }

            DateTimeOffset? published = null;
            if (publishedText is not null)
            {
                if (!DateTimeOffset.TryParse(publishedText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
                {
                    Report(location, $"\"published\" is not an ISO 8601 date: \"{Shorten(publishedText)}\"", "published");
                    return null;
                }

                published = date;
            }

            return new InputFields(new FeedFields(id ?? location, source ?? string.Empty, url, title, published, author, text, html, language), name, lineNumber);
        }
        catch (JsonException ex)
        {
            Report(location, $"not valid JSON ({FirstSentence(ex.Message)})");
            return null;
        }
    }

    /// <summary>
    /// Makes the article (for a page, its text extraction runs here); should that throw — a defect of ours, or input
    /// nothing anticipated — the input is reported with the exception and skipped, and the rest of the run goes on.
    /// </summary>
    private InputArticle? Make(InputFields? input)
    {
        if (input is null)
        {
            return null;
        }

        string location = input.Line > 0 ? $"{input.Path}:{input.Line}" : input.Path;
        try
        {
            return new InputArticle(input.Fields.ToArticle(), input.Path, input.Line);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            Report(location, $"could not be read ({ex.GetType().Name}: {FirstSentence(ex.Message)}); please report it with the input");
            return null;
        }
    }

    private string? OptionalString(JsonElement root, string name, string location, out bool bad)
    {
        bad = false;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Report(location, $"\"{name}\" must be a string", name);
            bad = true;
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // Valid JSON syntax whose escapes make no valid text, such as a lone surrogate ("\ud800"): the line is reported
            // and skipped like any bad line, not allowed to end the run.
            Report(location, $"\"{name}\" holds an escape that is not valid Unicode text (a lone surrogate)", name);
            bad = true;
            return null;
        }
    }

    private void Report(string location, string reason, string? field = null)
    {
        ErrorCount++;
        _report(new InputError(location, reason, field));
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
