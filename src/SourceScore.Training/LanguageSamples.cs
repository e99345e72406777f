using HtmlAgilityPack;

namespace SourceScore.Training;

/// <summary>
/// The labelled sample language detection is measured on, built in place from what is on the machine (no text of it is
/// kept in the repository):
/// <list type="bullet">
/// <item>the 14 non-English real pages of <c>article_extraction</c>, labelled by hand (<see cref="PageLabels"/>): their
/// annotated article text whole, and cut into excerpts of 200 to 600 characters;</item>
/// <item>the paragraphs of 200 characters or more of the Debian Administrator's Handbook in its 24 translations (Debian's
/// <c>debian-handbook</c> package, GPL-2+ or CC BY-SA 3.0; human translations by the Debian community), only those
/// evidently translated (<see cref="IsTranslated"/>: translations are partial, and an untranslated paragraph is English);</item>
/// <item>English: the human BBC texts of <c>machine_news</c>, the FNC-1 bodies and the 130 English real pages.</item>
/// </list>
/// </summary>
internal static class LanguageSamples
{
    /// <summary>Where Debian's <c>debian-handbook</c> package puts the book (one folder per translation).</summary>
    public const string HandbookRoot = "/usr/share/doc/debian-handbook/html";

    /// <summary>The shortest text measured (the bar: 200 characters).</summary>
    public const int MinLength = 200;

    /// <summary>Paragraphs kept per handbook translation (the first by file and position).</summary>
    public const int ParagraphsPerLanguage = 300;

    /// <summary>The non-English pages of <c>article_extraction</c> (id prefix → language), labelled by reading them.</summary>
    public static readonly IReadOnlyDictionary<string, string> PageLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["0ec95c7261d1"] = "ko", // entermedia.co.kr
        ["9da36ae4714b"] = "ko", // entermedia.co.kr
        ["11ea381ad92b"] = "pt", // autoracing.com.br
        ["3252222e61fe"] = "pt", // comoeducarseusfilhos.com.br
        ["b3c19dd5f061"] = "pt", // mensagensreflexao.com.br
        ["f6ac15a4d985"] = "pt", // jaraguadosul.com.br
        ["3c6d3381ef52"] = "ru", // wday.ru
        ["c82b3d1d540b"] = "ru", // wday.ru
        ["c4a3637c6696"] = "ru", // gto-normativy.ru
        ["57b4dafd18cf"] = "de", // blog.comwrap.com
        ["ba07d1e64775"] = "de", // blog.comwrap.com
        ["7837c9d66c81"] = "id", // kabarislamia.com
        ["85439e26c41c"] = "ja", // lhpat-tm.com
        ["b6fb53e9fb04"] = "it", // remember8090.it
    };

    /// <summary>One labelled text: where it comes from (<c>page</c>, <c>page-excerpt</c>, <c>handbook</c>, <c>english-…</c>), its language, its id, the text, and for a page its HTML.</summary>
    internal sealed record Sample(string Kind, string Language, string Id, string Text, string? Html = null);

    /// <summary>The non-English pages, whole (with their HTML) and as excerpts.</summary>
    public static List<Sample> Pages(string dataRoot)
    {
        var result = new List<Sample>();
        foreach (var (id, html, body) in ExtractionPages(dataRoot))
        {
            if (!PageLabels.TryGetValue(id[..12], out var language))
            {
                continue;
            }

            result.Add(new Sample("page", language, id, body, html));
            int n = 0;
            for (int start = 0, length = MinLength; start + length <= body.Length && n < 12; start += length, length = length >= 600 ? MinLength : length + 100, n++)
            {
                int from = WordStart(body, start);
                int to = Math.Min(body.Length, WordStart(body, from + length));
                if (to - from >= MinLength)
                {
                    result.Add(new Sample("page-excerpt", language, $"{id[..12]}@{from}", body[from..to]));
                }
            }
        }

        return result;
    }

    /// <summary>The English real pages (whole, with their HTML).</summary>
    public static List<Sample> EnglishPages(string dataRoot) =>
        [.. ExtractionPages(dataRoot).Where(p => !PageLabels.ContainsKey(p.Id[..12])).Select(p => new Sample("english-page", "en", p.Id, p.Body, p.Html))];

    /// <summary>English news texts: BBC human texts of <c>machine_news</c> and FNC-1 bodies.</summary>
    public static List<Sample> EnglishNews(string dataRoot)
    {
        var result = new List<Sample>();
        foreach (var (group, machine, _, text) in DataSets.MachineNews(dataRoot))
        {
            if (!machine)
            {
                result.Add(new Sample("english-bbc", "en", group, text));
            }
        }

        foreach (var row in DataSets.ReadJsonl(Path.Combine(dataRoot, "fnc1", "train_bodies.jsonl")))
        {
            result.Add(new Sample("english-fnc1", "en", row.GetProperty("body_id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetProperty("body").GetString()!));
        }

        return result;
    }

    /// <summary>
    /// Paragraphs of 200 characters or more from each translation of the Debian Administrator's Handbook, the evidently
    /// translated ones (<see cref="IsTranslated"/>), at most <see cref="ParagraphsPerLanguage"/> a language; empty when the
    /// package is not installed.
    /// </summary>
    public static List<Sample> Handbook(string root = HandbookRoot)
    {
        var result = new List<Sample>();
        if (!Directory.Exists(root))
        {
            return result;
        }

        foreach (string folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(folder);
            if (name is "en-US" or "Common_Content" || name.Length < 2)
            {
                continue;
            }

            string language = name[..2].ToLowerInvariant();
            int n = 0;
            foreach (string paragraph in Paragraphs(folder))
            {
                if (!IsTranslated(paragraph, language))
                {
                    continue;
                }

                result.Add(new Sample("handbook", language, $"{name}#{n}", paragraph));
                if (++n == ParagraphsPerLanguage)
                {
                    break;
                }
            }
        }

        return result;
    }

    // The commonest words of each Latin-script language of the handbook: a paragraph is in the language when at least
    // 8 % of its words are among them (an English paragraph has almost none).
    private static readonly Dictionary<string, HashSet<string>> s_commonWords = new Dictionary<string, string>
    {
        ["ca"] = "el la els les de que en un una per amb és del als al",
        ["cs"] = "je se na že v z pro jako nebo které jsou také",
        ["da"] = "og at det er en til på med som af den ikke",
        ["de"] = "der die das und ist nicht mit ein eine den dem zu auf für sich",
        ["es"] = "el la los las de que y en un una por con es del para se",
        ["fr"] = "le la les des est une et du dans pour que qui sur pas il",
        ["hr"] = "je se na da za od su koji kao ili što",
        ["id"] = "yang dan di ini itu dengan untuk dari tidak dalam akan ada",
        ["it"] = "il la le di che un una per del della sono non si con",
        ["nb"] = "og er det en til på med som av den ikke å",
        ["nl"] = "het een en van dat op te niet met voor zijn",
        ["pl"] = "w na się z że nie jest jak dla od są",
        ["pt"] = "os de que em um uma para com do da não",
        ["ro"] = "și în de la cu pe că este sau nu un o din pentru",
        ["sv"] = "och att det är en som på för med av den inte till",
        ["tr"] = "ve bir bu için ile da de olarak ya daha olan gibi",
        ["vi"] = "và của là các có được trong cho không một những này với",
    }.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value.Split(' '), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a paragraph of the translation into <paramref name="language"/> is translated: half its letters in the
    /// language's script (Arabic, Persian, Greek, Russian, Japanese, Korean, Chinese), or 8 % of its words among the
    /// language's commonest (the others).
    /// </summary>
    internal static bool IsTranslated(string paragraph, string language)
    {
        if (s_commonWords.TryGetValue(language, out var common))
        {
            var words = paragraph.Split([' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '«', '»'], StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 0 && words.Count(common.Contains) >= 0.08 * words.Length;
        }

        Func<char, bool> inScript = language switch
        {
            "ar" or "fa" => c => c is >= '\u0600' and <= '\u06FF',
            "el" => c => c is >= '\u0370' and <= '\u03FF',
            "ru" => c => c is >= '\u0400' and <= '\u04FF',
            "ja" => c => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF'),
            "ko" => c => c is >= '\uAC00' and <= '\uD7AF',
            "zh" => c => c is >= '\u4E00' and <= '\u9FFF',
            _ => _ => false,
        };
        int letters = paragraph.Count(char.IsLetter);
        return letters > 0 && paragraph.Count(inScript) * 2 >= letters;
    }

    private static IEnumerable<string> Paragraphs(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (string file in Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var doc = new HtmlDocument();
            doc.Load(file, System.Text.Encoding.UTF8);
            // Publican writes DocBook paragraphs as <div class="para">; take those with no paragraph inside.
            foreach (var p in doc.DocumentNode.Descendants("div").Where(d => d.GetAttributeValue("class", string.Empty) == "para" && !d.Descendants("div").Any()))
            {
                string text = string.Join(' ', HtmlEntity.DeEntitize(p.InnerText).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (text.Length >= MinLength)
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<(string Id, string Html, string Body)> ExtractionPages(string dataRoot) =>
        DataSets.ReadJsonl(Path.Combine(dataRoot, "article_extraction", "dev.jsonl.gz"))
            .Select(row => (row.GetProperty("id").GetString()!, row.GetProperty("html").GetString()!, row.GetProperty("article_body").GetString()!));

    /// <summary>The start of the word at or after <paramref name="at"/> (so excerpts do not cut words).</summary>
    private static int WordStart(string text, int at)
    {
        int i = Math.Min(at, text.Length);
        while (i < text.Length && i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i++;
        }

        return i;
    }
}
