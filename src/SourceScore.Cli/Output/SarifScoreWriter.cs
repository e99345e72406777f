using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SourceScore.Cli.Input;

namespace SourceScore.Cli.Output;

/// <summary>
/// Writes one SARIF 2.1.0 log (a single JSON document) that editors, code review and code-scanning services read: the
/// tool driver with every rule (PascalCase name, help as text and Markdown, a link to its page in <c>docs/rules/</c>),
/// then one result per finding with its rule, level, message, location and a fingerprint that follows it across edits.
/// Results are streamed as articles are scored; each article's scores go in the run's properties.
/// </summary>
/// <remarks>
/// <para>Where a finding is depends on how its article was given. A file under the working directory, whether given by
/// a relative or an absolute path, is a relative reference to <c>%SRCROOT%</c> (the working directory, named in
/// <c>originalUriBaseIds</c>); any other file is relative to its file-system root (<c>ROOT</c>, <c>file:///</c>), so
/// no reference climbs out of its base with "..". For a text file the region is the finding's place in the file (line, column, UTF-16 offset
/// and length, snippet). An HTML page's findings point into the text extracted from it, not into its markup, so the
/// artifact is the page and the place in the extracted text is in the result's <c>textRegion</c> property. An article
/// from a feed is a line of the feed file (or of standard input, the artifact <c>stdin</c>): the region is that line,
/// and the place in the article's text is again in <c>textRegion</c>, beside the article's id.</para>
/// <para>The fingerprint (<c>partialFingerprints["sourceScoreFinding/v1"]</c>) hashes the rule, the article's id, the
/// text found and how many times the same text was found before it in the article: edits elsewhere in the text do not
/// change it.</para>
/// </remarks>
internal sealed class SarifScoreWriter : IScoreWriter
{
    /// <summary>The base id relative paths are resolved against: the working directory.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The artifact standing for standard input.</summary>
    public const string StandardInputUri = "stdin";

    /// <summary>The key of the fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "sourceScoreFinding/v1";

    private readonly Stream _output;
    private readonly Utf8JsonWriter _writer;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly List<(string Id, double? Overall, IReadOnlyList<SignalScore> Signals)> _articles = [];
    private readonly Dictionary<(string Rule, string Excerpt), int> _occurrences = [];
    private readonly string _workingDirectory;
    private readonly SortedDictionary<string, string> _roots = new(StringComparer.Ordinal);
    private bool _anyFailed;

    public SarifScoreWriter(Stream output, IReadOnlyList<Rule> rules, string? workingDirectory = null)
    {
        _output = output;
        _workingDirectory = DirectoryUri(workingDirectory ?? Directory.GetCurrentDirectory());
        _writer = new Utf8JsonWriter(output, JsonlScoreWriter.WriterOptions with { Indented = true });
        _ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            _ruleIndex[rules[i].Id] = i;
        }

        var w = _writer;
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "sourcescore");
        string version = ToolVersion();
        w.WriteString("version", version);
        w.WriteString("semanticVersion", version.Split('+')[0]);
        w.WriteString("informationUri", RuleHelp.RepositoryUrl);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(w, rule);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
    }

    public async ValueTask WriteAsync(InputArticle input, ArticleScore score, CancellationToken cancellationToken)
    {
        var article = input.Article;
        var w = _writer;
        if (score.Error is { } error)
        {
            // A failed article: one error result naming the article, with no region (there is no text position to show).
            _anyFailed = true;
            StartResult(error.Rule.Id, "error", error.Rule.FormatMessage(error.Type, error.Message));
            WriteLocation(input, finding: null);
            WriteFingerprint(error.Rule.Id, score.Id, error.Type, 0);
            WriteProperties(input, score, finding: null);
            w.WriteEndObject();
        }

        _occurrences.Clear();
        foreach (var f in score.Findings)
        {
            WriteResult(input, score, f);
        }

        // Suppressed in the draft by the editor: results with an in-source suppression, as SARIF viewers expect.
        foreach (var f in score.SuppressedFindings)
        {
            WriteResult(input, score, f);
        }

        _articles.Add((score.Id, score.Overall, score.Signals));
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One finding's result; a suppressed one carries its in-source suppression and the editor's reason.</summary>
    private void WriteResult(InputArticle input, ArticleScore score, Finding f)
    {
        var w = _writer;
        string excerpt = f.Excerpt;
        var key = (f.Rule.Id, excerpt);
        _occurrences.TryGetValue(key, out int occurrence);
        _occurrences[key] = occurrence + 1;

        StartResult(f.Rule.Id, Level(f.Severity), f.Message);
        WriteLocation(input, f);
        WriteFingerprint(f.Rule.Id, score.Id, excerpt, occurrence);
        if (f.Suppressed)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "inSource");
            w.WriteString("status", "accepted");
            if (!string.IsNullOrEmpty(f.Justification))
            {
                w.WriteString("justification", f.Justification);
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }

        WriteProperties(input, score, f);
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, Rule rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", RuleHelp.NameOf(rule));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", rule.Description);
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", RuleHelp.TextOf(rule));
        w.WriteString("markdown", RuleHelp.MarkdownOf(rule));
        w.WriteEndObject();
        w.WriteString("helpUri", RuleHelp.UriOf(rule).AbsoluteUri);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(rule.DefaultSeverity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("signal", rule.Signal.ToName());
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Opens a result and writes its rule, level and message.</summary>
    private void StartResult(string ruleId, string level, string message)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("ruleId", ruleId);
        if (_ruleIndex.TryGetValue(ruleId, out int index))
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", level);
        w.WriteStartObject("message");
        w.WriteString("text", message);
        w.WriteEndObject();
    }

    /// <summary>The result's location: the artifact the article was read from, and where in it (see the remarks on the class).</summary>
    private void WriteLocation(InputArticle input, Finding? finding)
    {
        var w = _writer;
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        if (input.FromStandardInput)
        {
            w.WriteString("uri", StandardInputUri);
            w.WriteStartObject("description");
            w.WriteString("text", "Standard input: a JSONL feed, one article a line.");
            w.WriteEndObject();
        }
        else
        {
            // A file: relative to the working directory when it lies under it, else to its file-system root.
            string full = Path.GetFullPath(input.Path);
            string uri = new Uri(full).AbsoluteUri;
            if (uri.StartsWith(_workingDirectory, StringComparison.Ordinal))
            {
                w.WriteString("uri", uri[_workingDirectory.Length..]);
                w.WriteString("uriBaseId", SourceRoot);
            }
            else
            {
                string root = DirectoryUri(Path.GetPathRoot(full)!);
                w.WriteString("uri", uri[root.Length..]);
                w.WriteString("uriBaseId", RootId(root));
            }
        }

        w.WriteEndObject();
        if (input.Line > 0)
        {
            // A feed line: the line is the place in the artifact; the place in the article's text is a property.
            w.WriteStartObject("region");
            w.WriteNumber("startLine", input.Line);
            w.WriteEndObject();
        }
        else if (finding is not null && input.Article.Format == ArticleFormat.Text)
        {
            w.WriteStartObject("region");
            WriteTextRegion(w, input.Article, finding);
            w.WriteStartObject("snippet");
            w.WriteString("text", finding.Excerpt);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private void WriteFingerprint(string ruleId, string articleId, string found, int occurrence)
    {
        var w = _writer;
        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, Fingerprint(ruleId, articleId, found, occurrence));
        w.WriteEndObject();
    }

    private void WriteProperties(InputArticle input, ArticleScore score, Finding? finding)
    {
        var w = _writer;
        w.WriteStartObject("properties");
        if (finding is not null)
        {
            w.WriteString("signal", finding.Rule.Signal.ToName());
        }

        w.WriteString("articleId", score.Id);
        if (finding is not null && (input.Line > 0 || input.Article.Format == ArticleFormat.Html))
        {
            // Offsets point into the article's text: the text extracted from a page, or a feed line's "text" or extracted "html".
            w.WriteString("textSource", input.Article.Format == ArticleFormat.Html ? "extracted" : "feed");
            w.WriteStartObject("textRegion");
            WriteTextRegion(w, input.Article, finding);
            w.WriteEndObject();
            w.WriteString("excerpt", finding.Excerpt);
        }

        w.WriteEndObject();
    }

    private static void WriteTextRegion(Utf8JsonWriter w, Article article, Finding f)
    {
        var end = article.GetPosition(f.Span.End);
        w.WriteNumber("startLine", f.Position.Line);
        w.WriteNumber("startColumn", f.Position.Column);
        w.WriteNumber("endLine", end.Line);
        w.WriteNumber("endColumn", end.Column);
        w.WriteNumber("charOffset", f.Span.Start);
        w.WriteNumber("charLength", f.Span.Length);
    }

    public async ValueTask DisposeAsync()
    {
        var w = _writer;
        w.WriteEndArray();
        w.WriteStartObject("originalUriBaseIds");
        WriteBase(w, SourceRoot, _workingDirectory, "The working directory the tool ran in: paths given on its command line are relative to it.");
        foreach (var (root, id) in _roots)
        {
            WriteBase(w, id, root, "A file-system root: an absolute path given on the command line outside the working directory is relative to it.");
        }

        w.WriteEndObject();
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", !_anyFailed);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteStartArray("articles");
        foreach (var (id, overall, signals) in _articles)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            JsonlScoreWriter.WriteNumberOrNull(w, "overall", overall);
            w.WriteStartObject("signals");
            foreach (var s in signals)
            {
                w.WriteStartObject(s.Signal.ToName());
                SourceScore.Scoring.ScoreRecords.WriteRisk(w, s);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync().ConfigureAwait(false);
        await w.DisposeAsync().ConfigureAwait(false);
        _output.WriteByte((byte)'\n');
        await _output.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>The base id of a file-system root (<c>ROOT</c>, then <c>ROOT2</c>, … for another drive).</summary>
    private string RootId(string root)
    {
        if (!_roots.TryGetValue(root, out var id))
        {
            _roots[root] = id = _roots.Count == 0 ? "ROOT" : string.Create(CultureInfo.InvariantCulture, $"ROOT{_roots.Count + 1}");
        }

        return id;
    }

    private static void WriteBase(Utf8JsonWriter w, string id, string uri, string description)
    {
        w.WriteStartObject(id);
        w.WriteString("uri", uri);
        w.WriteStartObject("description");
        w.WriteString("text", description);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A directory as an absolute <c>file://</c> URI ending in '/', as SARIF wants a base.</summary>
    private static string DirectoryUri(string directory)
    {
        string full = Path.GetFullPath(directory);
        return new Uri(full.EndsWith(Path.DirectorySeparatorChar) ? full : full + Path.DirectorySeparatorChar).AbsoluteUri;
    }

    /// <summary>32 hex digits of SHA-256 over the rule, the article, the text found (white space collapsed) and its occurrence.</summary>
    internal static string Fingerprint(string ruleId, string articleId, string found, int occurrence)
    {
        string collapsed = string.Join(' ', found.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        string key = string.Create(CultureInfo.InvariantCulture, $"{ruleId}\n{articleId}\n{collapsed}\n{occurrence}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }

    internal static string ToolVersion() =>
        typeof(Article).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
