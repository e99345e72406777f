using System.Globalization;

namespace SourceScore.Training;

/// <summary>
/// Lists what the markup checks report on clean human news, rule by rule with examples: the place to
/// look for false positives before touching a threshold.
/// </summary>
internal static class CleanFindingsReport
{
    public static int Run(string dataRoot, TextWriter log, string? ruleFilter)
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().Build();
        var texts = DataSets.CleanNews(dataRoot);
        var byRule = new Dictionary<string, List<string>>();
        var textsWithAny = new Dictionary<string, int>();
        foreach (var (key, source, text) in texts)
        {
            var findings = scorer.FindingsOf(Article.FromText(text, key));
            foreach (var f in findings)
            {
                if (!byRule.TryGetValue(f.Rule.Id, out var list))
                {
                    byRule[f.Rule.Id] = list = [];
                }

                list.Add($"{key}: {f.Excerpt.Replace("\n", "\\n", StringComparison.Ordinal)}  // {f.Message}");
            }

            foreach (var id in findings.Select(f => f.Rule.Id).Distinct())
            {
                textsWithAny[id] = textsWithAny.GetValueOrDefault(id) + 1;
            }
        }

        foreach (var (id, list) in byRule.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {list.Count} findings in {textsWithAny[id]} of {texts.Count} texts"));
            if (ruleFilter is null || ruleFilter == id)
            {
                foreach (var example in list.Take(ruleFilter is null ? 6 : 60))
                {
                    log.WriteLine("    " + (example.Length > 220 ? example[..220] : example));
                }
            }
        }

        return 0;
    }
}
