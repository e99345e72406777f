using System.Globalization;

namespace SourceScore.Cli.Output;

/// <summary>
/// The readable report: per article, the overall score and each signal's risk, then one line per finding
/// in the form editors and compilers use — file:line:column: severity rule: message — with its excerpt.
/// </summary>
internal sealed class TextScoreWriter : IScoreWriter
{
    private readonly TextWriter _output;

    public TextScoreWriter(TextWriter output) => _output = output;

    public async ValueTask WriteAsync(Article article, ArticleScore score, CancellationToken cancellationToken)
    {
        await _output.WriteAsync(Format(score).AsMemory(), cancellationToken).ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string Format(ArticleScore score)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new System.Text.StringBuilder();
        string name = score.Id.Length > 0 ? score.Id : "(article)";
        b.Append(c, $"{name}: overall {score.Overall:0.0}/100");
        if (score.Source.Length > 0)
        {
            b.Append(c, $" (source {score.Source})");
        }

        b.AppendLine();
        foreach (var signal in score.Signals)
        {
            b.Append(c, $"  {signal.Signal.ToName(),-10} risk {(signal.Risk is double r ? r.ToString("0.00", c) : "n/a")}");
            foreach (var count in signal.Counts)
            {
                b.Append(c, $"  {count.Name} {count.Value}");
            }

            b.AppendLine();
        }

        foreach (var f in score.Findings)
        {
            b.Append(c, $"{name}:{f.Position.Line}:{f.Position.Column}: {f.Severity.ToName()} {f.Rule.Id}: {f.Message}").AppendLine();
            b.Append("    | ").AppendLine(OneLine(f.Excerpt));
        }

        int errors = score.Findings.Count(f => f.Severity == Severity.Error);
        int warnings = score.Findings.Count(f => f.Severity == Severity.Warning);
        int infos = score.Findings.Count - errors - warnings;
        b.Append(c, $"  {score.Findings.Count} finding{(score.Findings.Count == 1 ? string.Empty : "s")}: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}, {infos} info").AppendLine();
        b.AppendLine();
        return b.ToString();
    }

    internal static string OneLine(string excerpt)
    {
        var b = new System.Text.StringBuilder(excerpt.Length);
        foreach (char ch in excerpt)
        {
            b.Append(ch switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(ch) => $"\\u{(int)ch:X4}",
                _ => ch.ToString(),
            });
        }

        return b.ToString();
    }

    public async ValueTask DisposeAsync() => await _output.FlushAsync().ConfigureAwait(false);
}
