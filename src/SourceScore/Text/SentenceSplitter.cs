using System.Collections.Frozen;

namespace SourceScore.Text;

/// <summary>
/// Splits news text into sentences in one forward pass, without allocating beyond the list it fills.
/// </summary>
/// <remarks>
/// <para>A line break always ends a sentence: headings, list items and paragraphs are lines. Inside a line a
/// sentence ends after <c>.</c>, <c>!</c> or <c>?</c> (with any closing quotes and brackets) when the next
/// word starts a sentence: a capital, a digit or an opening quote after a space, or a capital straight after
/// a lower-case word with no space at all ("priorities.This").</para>
/// <para>A full stop does not end a sentence after a known abbreviation ("Gen.", "Capt.", "Sep."), inside a
/// figure ("3.3", "17,643.5"), in an ellipsis that does not lead to a capital, or after an initial
/// ("J. Smith"). After a run of initials ("U.S.", "U.N.") it ends one only when the next word is a usual
/// sentence opener ("The", "He", "But"), since "the U.S. Army" is more common than a sentence ending in
/// "U.S.".</para>
/// <para>Sentences are not merged across quotation marks: a quotation of several sentences gives several
/// sentences, and <see cref="QuoteState"/> tells which of them continue a quotation opened
/// earlier, so that the attribution of a quotation can govern all of it.</para>
/// Thread-safe.
/// </remarks>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> s_abbreviations = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "capt", "col", "lt", "sgt", "maj", "cmdr", "adm", "prof",
            "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "brig", "vs", "v", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "bros", "jr", "sr", "mt", "ft",
            "approx", "est", "dept", "univ", "assn", "ave", "blvd", "rd", "eds", "al", "etc", "cf", "e.g", "i.e", "a.m", "p.m", "ca",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Abbreviations only before a number ("No. 5", "p. 12"): "No." before a word is a sentence.
    private static readonly FrozenSet<string> s_numberAbbreviations = FrozenSet.ToFrozenSet(
        ["no", "nos", "p", "pp", "vol", "fig", "art", "sec", "para", "ch", "op", "tel", "ext"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_numberAbbreviationLookup = s_numberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbreviationLookup = s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_openers = FrozenSet.ToFrozenSet(
        [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but", "and",
            "in", "on", "at", "as", "if", "when", "while", "after", "before", "since", "his", "her", "its", "their", "our", "some",
            "many", "most", "officials", "however", "meanwhile", "also", "yet", "so", "for", "by", "with", "what", "who",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openerLookup = s_openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the sentences of <paramref name="text"/> to <paramref name="sentences"/>, in order, each trimmed of surrounding white space.</summary>
    public static void Split(ReadOnlySpan<char> text, List<TextSpan> sentences)
    {
        int start = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                Close(text, ref start, i, sentences);
                continue;
            }

            if (start < 0)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                start = i;
            }

            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '\u2026')
            {
                end++;
            }

            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (EndsHere(text, start, i, end))
            {
                Close(text, ref start, end, sentences);
            }

            i = end - 1;
        }

        Close(text, ref start, text.Length, sentences);
    }

    private static bool EndsHere(ReadOnlySpan<char> text, int start, int mark, int end)
    {
        // Next visible character after the mark and closers.
        int next = end;
        bool space = false;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
            space = true;
        }

        if (next >= text.Length || text[next] is '\n' or '\r')
        {
            return true;
        }

        char n = text[next];
        char m = text[mark];
        if (m is '!' or '?' or '\u2026' || end - mark > 1 && text[end - 1] is '.' or '!' or '?' or '\u2026')
        {
            // "!" and "?" end a sentence before a capital; an ellipsis only before a capital too.
            return space ? StartsSentence(n) : char.IsUpper(n);
        }

        // A full stop inside a figure ("3.3") or an address ("example.com") is not an end.
        if (!space)
        {
            return char.IsUpper(n) && mark > start && char.IsLower(text[mark - 1]) && WordBefore(text, start, mark).Length > 1;
        }

        if (!StartsSentence(n))
        {
            return false;
        }

        var word = WordBefore(text, start, mark);
        if (word.Length == 0)
        {
            return true;
        }

        if (s_abbreviationLookup.Contains(word) || (char.IsDigit(n) && s_numberAbbreviationLookup.Contains(word)))
        {
            return false;
        }

        // An initial ("George W. Bush") or a run of them ("U.S.", "U.N."): a sentence ends there only before a usual opener.
        return (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.') ? IsOpener(text, next) : true;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '\u2014' or '-' or '$' or '£' or '€';

    private static bool IsCloser(char c) => c is '"' or '\u201D' or '\'' or '\u2019' or ')' or ']';

    /// <summary>The letters and inner dots before the mark ("Gen", "U.S", "e.g").</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int start, int mark)
    {
        int b = mark;
        while (b > start && (char.IsLetter(text[b - 1]) || (text[b - 1] == '.' && b - 2 >= start && char.IsLetter(text[b - 2]))))
        {
            b--;
        }

        return text[b..mark];
    }

    /// <summary>Whether the word at <paramref name="at"/> is a usual sentence opener ("The", "He", "But").</summary>
    internal static bool IsOpener(ReadOnlySpan<char> text, int at)
    {
        int e = at;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return e > at && s_openerLookup.Contains(text[at..e]);
    }

    private static void Close(ReadOnlySpan<char> text, ref int start, int end, List<TextSpan> sentences)
    {
        if (start < 0)
        {
            return;
        }

        int e = end;
        while (e > start && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        if (e > start)
        {
            sentences.Add(TextSpan.FromBounds(start, e));
        }

        start = -1;
    }
}
