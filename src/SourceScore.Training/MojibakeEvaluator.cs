using System.Globalization;
using SourceScore.Signals.Markup;

namespace SourceScore.Training;

/// <summary>
/// Measures the encoding-damage rules on ../shared/data/ftfy_mojibake: each case is scored as a one-line
/// article; a case counts as flagged when any encoding-damage finding (SS1007–SS1009) is reported.
/// Reports detection on garbled cases, false alarms on clean ones, and how often the repair equals ftfy's.
/// </summary>
internal static class MojibakeEvaluator
{
    public static int Run(string dataRoot, TextWriter log)
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().Build();
        int garbled = 0, caught = 0, clean = 0, falseAlarms = 0, repairs = 0, exact = 0;
        foreach (var row in DataSets.ReadJsonl(Path.Combine(dataRoot, "ftfy_mojibake", "dev.jsonl")))
        {
            string text = row.GetProperty("text").GetString()!;
            bool isGarbled = row.GetProperty("label").GetString() == "garbled";
            var all = scorer.FindingsOf(Article.FromText(text));
            var findings = all.Where(f => f.Rule == MarkupRules.Mojibake || f.Rule == MarkupRules.ReplacementCharacter || f.Rule == MarkupRules.ControlCharacter).ToList();
            bool flagged = findings.Count > 0;
            if (isGarbled)
            {
                garbled++;
                caught += flagged ? 1 : 0;
                if (!flagged)
                {
                    log.WriteLine($"  missed: {Show(text)}");
                }

                string? expected = row.TryGetProperty("fixed_encoding", out var fe) ? fe.GetString() : null;
                var mojibake = findings.Where(f => f.Rule == MarkupRules.Mojibake).ToList();
                if (mojibake.Count > 0 && expected is not null)
                {
                    repairs++;
                    exact += Repair(text, mojibake) == expected ? 1 : 0;
                }
            }
            else
            {
                clean++;
                falseAlarms += flagged ? 1 : 0;
                if (flagged)
                {
                    log.WriteLine($"  false alarm: {Show(text)} -> {findings[0].Message}");
                }
            }
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"garbled flagged {caught}/{garbled} ({caught / (double)garbled:P1}); clean flagged {falseAlarms}/{clean} ({falseAlarms / (double)Math.Max(1, clean):P1}); repair equals ftfy's fix_encoding in {exact}/{repairs}"));
        return 0;
    }

    private static string Repair(string text, List<Finding> findings)
    {
        // The message ends with: the text should read '<fixed>'.
        var result = new System.Text.StringBuilder();
        int at = 0;
        foreach (var f in findings.OrderBy(f => f.Span.Start))
        {
            const string marker = "should read '";
            int i = f.Message.LastIndexOf(marker, StringComparison.Ordinal);
            string fix = f.Message[(i + marker.Length)..^1];
            result.Append(text, at, f.Span.Start - at).Append(fix);
            at = f.Span.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static string Show(string s) => string.Concat(s.Take(90).Select(c => c < 0x20 || (c >= 0x7F && c <= 0x9F) ? $"\\x{(int)c:x2}" : c.ToString()));
}
