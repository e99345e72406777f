namespace SourceScore.Signals.Agreement;

/// <summary>
/// Whether an article credits the source it reuses: it names the source (its name; for a domain, the part that names
/// it — <c>reuters.com</c> → Reuters, <c>www.bbc.co.uk</c> → BBC — and the names the main news agencies go by in a
/// text: <c>apnews.com</c> → AP, Associated Press), or says the text was published elsewhere first ("originally
/// published", "republished", "reprinted with permission", …). Whole words, case folded; no regular expression.
/// Thread-safe.
/// </summary>
internal static class CopyCredit
{
    private static readonly string[] s_phrases =
    [
        "originally published", "originally appeared", "first published", "first appeared", "republished", "reprinted",
        "syndicated from", "published with permission", "used with permission", "courtesy of", "this article appeared",
        "this story appeared", "this story was first", "this article was first",
    ];

    /// <summary>Domain parts that say nothing of who the source is.</summary>
    private static readonly HashSet<string> s_domainParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "www", "m", "amp", "mobile", "news", "com", "org", "net", "co", "uk", "us", "eu", "info", "de", "fr", "au", "ca", "in", "ie", "nz",
    };

    /// <summary>Names news agencies go by in a text, by the part of their domain that names them.</summary>
    private static readonly Dictionary<string, string[]> s_agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["apnews"] = ["AP", "Associated Press"],
        ["ap"] = ["AP", "Associated Press"],
        ["afp"] = ["AFP", "Agence France-Presse", "Agence France Presse"],
        ["reuters"] = ["Reuters"],
        ["upi"] = ["UPI", "United Press International"],
        ["dpa"] = ["dpa", "Deutsche Presse-Agentur"],
        ["efe"] = ["EFE"],
        ["ansa"] = ["ANSA"],
        ["pti"] = ["PTI", "Press Trust of India"],
        ["aap"] = ["AAP", "Australian Associated Press"],
        ["xinhuanet"] = ["Xinhua"],
        ["bloomberg"] = ["Bloomberg"],
    };

    /// <summary>Whether <paramref name="text"/> credits <paramref name="source"/> (or says it is republished, when the source is unknown).</summary>
    public static bool Credits(string text, string source)
    {
        foreach (string phrase in s_phrases)
        {
            if (FindWord(text, phrase) >= 0)
            {
                return true;
            }
        }

        foreach (string name in NamesOf(source))
        {
            if (FindWord(text, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names a source goes by in a text: itself, for a domain its distinctive part (at least two letters), and an agency's names.</summary>
    internal static IEnumerable<string> NamesOf(string source)
    {
        string trimmed = source.Trim();
        if (trimmed.Length < 2)
        {
            yield break;
        }

        foreach (string name in WithAgencyNames(trimmed))
        {
            yield return name;
        }

        if (!trimmed.Contains('.', StringComparison.Ordinal) || trimmed.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (string part in trimmed.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length >= 2 && !s_domainParts.Contains(part))
            {
                foreach (string name in WithAgencyNames(part))
                {
                    yield return name;
                }

                yield break;
            }
        }
    }

    /// <summary>A name, then the names the agency it stands for goes by, if it is one (<c>apnews</c>: AP, Associated Press).</summary>
    private static IEnumerable<string> WithAgencyNames(string name)
    {
        yield return name;
        if (s_agencies.TryGetValue(name, out var names))
        {
            foreach (string agency in names)
            {
                yield return agency;
            }
        }
    }

    /// <summary>Where <paramref name="word"/> occurs in <paramref name="text"/> as whole words (case folded), or -1.</summary>
    private static int FindWord(string text, string word)
    {
        for (int at = 0; at <= text.Length - word.Length;)
        {
            int found = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return -1;
            }

            int end = found + word.Length;
            if ((found == 0 || !char.IsLetterOrDigit(text[found - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return found;
            }

            at = found + 1;
        }

        return -1;
    }
}
