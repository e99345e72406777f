using System.Globalization;
using SourceScore.Signals.Claims;

namespace SourceScore.Training;

/// <summary>
/// Measures weasel detection (<see cref="SentenceCues.IsWeasel"/>: vague attribution, or a strong hedge with no
/// named source) on ../shared/data/wiki_weasel, each sentence read as one sentence. The cue lists were written
/// from the usual weasel and hedge lists and pruned on the tuning part (80 % by id); the held-out part (20 %)
/// was only measured.
/// </summary>
internal static class WeaselEvaluator
{
    public static int Run(string dataRoot, TextWriter log, bool showCues)
    {
        foreach (var (part, counts) in Measure(dataRoot, showCues ? log : null))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wiki_weasel {part}: precision {counts.Precision:0.000}, recall {counts.Recall:0.000}, F1 {counts.F1:0.000} (TP {counts.Tp}, FP {counts.Fp}, FN {counts.Fn}, TN {counts.Tn})"));
        }

        return 0;
    }

    /// <summary>Counts on the tuning part and on the held-out part; with <paramref name="cueLog"/>, writes each flagged tuning sentence's first cue.</summary>
    public static IReadOnlyList<(string Part, Confusion Counts)> Measure(string dataRoot, TextWriter? cueLog = null)
    {
        var tuning = new Confusion();
        var heldOut = new Confusion();
        foreach (var row in DataSets.ReadJsonl(Path.Combine(dataRoot, "wiki_weasel", "dev.jsonl")))
        {
            string id = row.GetProperty("id").GetString()!;
            string text = row.GetProperty("text").GetString()!;
            bool weasel = row.GetProperty("label").GetString() != "certain";
            bool isHeldOut = DataSets.IsHeldOut(id, "weasel");
            var cues = SentenceCues.Of(text, new TextSpan(0, text.Length));
            (isHeldOut ? heldOut : tuning).Add(weasel, cues.IsWeasel);
            if (cueLog is not null && !isHeldOut && cues.IsWeasel)
            {
                var cue = cues.VagueSpan ?? cues.HedgeSpan ?? default;
                cueLog.WriteLine($"  {(weasel ? "hit" : "false alarm")}\t{text.Substring(cue.Start, cue.Length).ToLowerInvariant()}");
            }
        }

        return [("tuning", tuning), ("held-out", heldOut)];
    }
}
