using System.Globalization;

namespace SourceScore.Training;

/// <summary>
/// A second opinion on the markup signal, with damage the training generator never makes: a hand-written
/// list of defect forms (other tags, entities, encodings, boilerplate wording, code, whitespace) inserted
/// once into held-out clean texts (our fold), beside the same texts left clean. Reports precision, recall
/// and F1 at risk ≥ 0.5, and recall by form, so the model card's same-generator figures can be read with
/// a grain of salt.
/// </summary>
internal static class IndependentDamageEvaluator
{
    // Each form is inserted as its own line ("\n" prefix) or inside a line.
    private static readonly string[] s_forms =
    [
        "</P>", "<DIV>", "<br clear=\"all\">", "< /em >", "strong />", "<span style=\"font-weight:bold\">", "<td colspan=2>",
        "</blockquote>", "<hr/>", "<sup>1</sup>", "<a title=\"x\">", "\n<ul><li>",
        "align=\"center\"", "bgcolor=\"#ffffff\"", "style='margin-left:0'", "cellspacing=\"0\" cellpadding=\"4\"",
        "&amp;quot;", "&#8220;", "&hellip;", "&rsquo;", "&lt;br /&gt;", "&#x201D;", "&amp;#8217;", "&#8212",
        "donâ€™t", "rÃ©sumÃ©", "Ã¼ber", "â€œquotedâ€\u009d", "cafÃ©", "Â£5", "\uFFFD\uFFFD",
        "\nShare on Facebook", "\nFollow our live coverage on X", "\nCopyright 2024 Example News Ltd", "\nSubscribe to our newsletter for weekly updates",
        "\nClick here to subscribe", "\nADVERTISEMENT", "\nRelated: Minister visits flood zone", "\nAll rights reserved.",
        "\nwindow.dataLayer = window.dataLayer || [];", "\n{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"}",
        "\n\n\n\n\n", "\t\t   ", "\n   \u00A0  \n",
    ];

    public static int Run(string dataRoot, TextWriter log)
    {
        var scorer = Scorer.CreateDefault();
        var random = new Random(7);
        var texts = DataSets.CleanNews(dataRoot).Where(t => DataSets.IsHeldOut(t.Key, "markup")).ToList();
        var counts = new Confusion();
        int skipped = 0;
        var perForm = new Dictionary<string, (int Hit, int Total)>(StringComparer.Ordinal);
        foreach (var (key, _, text) in texts)
        {
            var clean = scorer.Score(Article.FromText(text, key));
            if (clean.Findings.Any(f => f.Rule.Signal == Signal.Markup))
            {
                skipped++; // already holds real debris: neither a clean nor a controlled damaged example
                continue;
            }

            counts.Add(false, clean.GetSignal(Signal.Markup)!.Risk >= 0.5);

            string form = s_forms[random.Next(s_forms.Length)];
            string damaged = Insert(text, form, random);
            bool hit = scorer.Score(Article.FromText(damaged, key)).GetSignal(Signal.Markup)!.Risk >= 0.5;
            counts.Add(true, hit);
            var (h, t) = perForm.GetValueOrDefault(form);
            perForm[form] = (h + (hit ? 1 : 0), t + 1);
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"independent damage, held-out clean texts: P {counts.Precision:F3} R {counts.Recall:F3} F1 {counts.F1:F3} (tp {counts.Tp} fp {counts.Fp} fn {counts.Fn} tn {counts.Tn}; {skipped} texts with real debris skipped)"));
        foreach (var (form, (hit, total)) in perForm.Where(k => k.Value.Hit < k.Value.Total).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  missed {total - hit}/{total}: {form.Replace("\n", "\\n", StringComparison.Ordinal)}"));
        }

        return 0;
    }

    private static string Insert(string text, string form, Random random)
    {
        if (form.StartsWith('\n'))
        {
            // A line of its own: after a random line end, or at the end.
            var ends = Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').ToList();
            int at = ends.Count > 0 && random.Next(2) == 0 ? ends[random.Next(ends.Count)] : text.Length;
            return text[..at] + form + text[at..];
        }

        int pos = text.IndexOf(' ', random.Next(Math.Max(1, text.Length)));
        if (pos < 0)
        {
            pos = text.Length;
        }

        return text[..pos] + (form.StartsWith('\t') ? form : " " + form) + text[pos..];
    }
}
