using System.Reflection;
using System.Text.Json;

namespace SourceScore.Cli.Output;

/// <summary>
/// Writes one SARIF 2.1.0 log (a single JSON document) so that editors and code-review tools can show the
/// findings: the tool driver with every rule, then one result per finding with its rule id and index,
/// level, message and a location (line, column, end, UTF-16 character offset and length, snippet).
/// Results are streamed as articles are scored; each article's scores go in the run's properties.
/// </summary>
internal sealed class SarifScoreWriter : IScoreWriter
{
    private readonly Stream _output;
    private readonly Utf8JsonWriter _writer;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly List<(string Id, double? Overall, IReadOnlyList<SignalScore> Signals)> _articles = [];

    public SarifScoreWriter(Stream output, IReadOnlyList<Rule> rules)
    {
        _output = output;
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
        w.WriteString("informationUri", "https://www.nuget.org/packages/SourceScore");
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", PascalCase(rule.Title));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Description);
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("signal", rule.Signal.ToName());
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
    }

    public async ValueTask WriteAsync(Article article, ArticleScore score, CancellationToken cancellationToken)
    {
        var w = _writer;
        string uri = ToUri(score.Id);
        if (score.Error is { } error)
        {
            // A failed article: one error result naming the article, with no region (there is no text position to show).
            StartResult(error.Rule.Id, "error", error.Rule.FormatMessage(error.Type, error.Message), uri);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        foreach (var f in score.Findings)
        {
            StartResult(f.Rule.Id, Level(f.Severity), f.Message, uri);
            w.WriteStartObject("region");
            var end = article.GetPosition(f.Span.End);
            w.WriteNumber("startLine", f.Position.Line);
            w.WriteNumber("startColumn", f.Position.Column);
            w.WriteNumber("endLine", end.Line);
            w.WriteNumber("endColumn", end.Column);
            w.WriteNumber("charOffset", f.Span.Start);
            w.WriteNumber("charLength", f.Span.Length);
            w.WriteStartObject("snippet");
            w.WriteString("text", f.Excerpt);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteString("signal", f.Rule.Signal.ToName());
            w.WriteString("articleId", score.Id);
            if (article.Format == ArticleFormat.Html)
            {
                // Offsets point into the text extracted from the page, not into the HTML file.
                w.WriteString("textSource", "extracted");
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        _articles.Add((score.Id, score.Overall, score.Signals));
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a result and writes its rule, level and message, and its location up to the artifact, left open for a region.</summary>
    private void StartResult(string ruleId, string level, string message, string uri)
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
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteEndObject();
    }

    public async ValueTask DisposeAsync()
    {
        var w = _writer;
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
                JsonlScoreWriter.WriteRisk(w, s);
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

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string ToUri(string id)
    {
        if (id.Length == 0)
        {
            return "article";
        }

        var segments = id.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static string PascalCase(string title)
    {
        var b = new System.Text.StringBuilder();
        foreach (var word in title.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                b.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return b.ToString();
    }

    internal static string ToolVersion() =>
        typeof(Article).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
