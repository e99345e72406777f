using System.Text.RegularExpressions;

namespace SourceScore.Signals.Source;

/// <summary>
/// The marks a finished news article carries in its own text: a byline ("By Jane Doe", "(Reporting by …)", an
/// author's note at the end), a dateline ("BAMAKO, Mali —", "LONDON (Reuters) -") or a date, and a label that
/// says a piece is opinion ("Opinion:", "Commentary", "The views expressed are the author's own"). Each looks only
/// where news style puts the mark: the opening lines, or the closing ones. Bylines and dates are read in English and in
/// the other major languages of European news (<see cref="ReadsMarksOf"/>: French, Spanish, Portuguese, German,
/// Italian: "Par", "Por", "Von", "Di", their month names and numeric dates); opinion labels in English only. Static and
/// thread-safe.
/// </summary>
internal static partial class ArticleMarks
{
    /// <summary>Characters of the opening read for a byline, a dateline, a date or a label.</summary>
    public const int OpeningLength = 800;

    /// <summary>Characters of the closing read for an author's note, a reporting credit or a views disclaimer.</summary>
    public const int ClosingLength = 2500;

    // NonBacktracking: time linear in the text read, whatever it holds, and no clock to run out.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking;

    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

    private const string Name = @"\p{Lu}[\p{L}'’.\-]+";

    /// <summary>Whether bylines and dates are read in <paramref name="language"/> (English, or a text whose language could not be told, and fr, es, pt, de, it).</summary>
    public static bool ReadsMarksOf(ArticleLanguage language) => language.IsJudgedAsEnglish || language.Code is "fr" or "es" or "pt" or "de" or "it";

    /// <summary>Whether the text names its author: a byline line at the start, a reporting credit, or an author's note at the end.</summary>
    public static bool HasByline(ReadOnlySpan<char> text, ArticleLanguage language) =>
        language.IsJudgedAsEnglish
            ? OpeningBylinePattern().IsMatch(Opening(text)) || ClosingBylinePattern().IsMatch(Closing(text))
            : OtherBylinePattern().IsMatch(Opening(text)) || SignOffPattern().IsMatch(Closing(text));

    /// <summary>Whether the opening has a dateline or a full date (day, month and year).</summary>
    public static bool HasDatelineOrDate(ReadOnlySpan<char> text, ArticleLanguage language)
    {
        var opening = Opening(text);
        return DatelinePattern().IsMatch(opening)
            || (language.IsJudgedAsEnglish ? FullDatePattern().IsMatch(opening) : OtherDatePattern().IsMatch(opening));
    }

    /// <summary>Whether the text labels itself as opinion: a label in the opening, or a views disclaimer at the end.</summary>
    public static bool HasOpinionLabel(ReadOnlySpan<char> text) =>
        OpinionLabelPattern().IsMatch(Opening(text)) || ViewsDisclaimerPattern().IsMatch(Closing(text));

    /// <summary>Whether a headline, a section name or an address marks the piece as opinion.</summary>
    public static bool IsOpinionName(string? value) => value is not null && OpinionWordPattern().IsMatch(value);

    private static ReadOnlySpan<char> Opening(ReadOnlySpan<char> text) => text[..Math.Min(text.Length, OpeningLength)];

    private static ReadOnlySpan<char> Closing(ReadOnlySpan<char> text) => text[Math.Max(0, text.Length - ClosingLength)..];

    // "By Jane Doe", "BY JANE DOE AND JOHN ROE", "Written by …", "Author: …" on a line of its own.
    [GeneratedRegex(@"^[ \t]*(?:(?:[Bb]y|BY|Written by|Words by|Story by|Reported by|Posted by)[ \t]+" + Name + @"(?:[ \t]+(?:" + Name + "|de|van|von|da|al|bin|and|&))*"
        + @"|(?:Author|Authors|Byline|Reporter|Correspondent)[ \t]*:[ \t]*\p{Lu})", Options)]
    private static partial Regex OpeningBylinePattern();

    // "(Reporting by …; Editing by …)", "… contributed to this report", an author's note ("Elias Yousif is a Research Analyst with …"), "— Jane Doe" signing off.
    [GeneratedRegex(@"\((?:Reporting|Writing|Additional reporting|Compiled|Edited) by \p{Lu}"
        + @"|\bcontributed (?:reporting|to this (?:report|story|article))"
        + @"|^[ \t]*(?:" + Name + @"[ \t]+){1,3}(?:is|was|writes for|covers)\b[^\n]{0,60}?(?i:\b(?:reporter|correspondent|journalist|writer|editor|analyst|fellow|professor|director|columnist|contributor|researcher|author|lecturer|economist|scholar|producer|founder|president|chair|secretary|ambassador|officer|minister)s?\b)"
        + "|" + SignOff, Options)]
    private static partial Regex ClosingBylinePattern();

    // "Par Jean Dupont", "Por María López", "Von Hans Müller", "Di Mario Rossi", "Auteur : …", "Texto: …" on a line of its own.
    [GeneratedRegex(@"^[ \t]*(?:(?:Par|PAR|Por|POR|Von|VON|Di|DI)[ \t]+" + Name + @"(?:[ \t]+(?:" + Name + "|de|da|do|dos|das|del|van|von|der|di|et|e|y|und|&))*"
        + @"|(?:Auteur|Auteure|Auteurs|Autor|Autora|Autores|Autorin|Autore|Autori|Texte|Texto|Testo|Text|Redação|Redacción|Redazione)[ \t]*:[ \t]*\p{Lu})", Options)]
    private static partial Regex OtherBylinePattern();

    // "— Jean Dupont" signing off at the end (any language).
    private const string SignOff = @"^[ \t]*[—–][ \t]*" + Name + @"(?:[ \t]+" + Name + @"){1,3}[ \t]*$";

    [GeneratedRegex(SignOff, Options)]
    private static partial Regex SignOffPattern();

    // "3 décembre 2026", "3 de diciembre de 2026", "3 de dezembro de 2026", "3. Dezember 2026", "3 dicembre 2026", "03/12/2026", "03.12.2026", "2026-12-03".
    [GeneratedRegex(@"(?i:\b\d{1,2}(?:er|\.|º)?[ \t]+(?:de[ \t]+)?(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
        + @"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
        + @"|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
        + @"|januar|jänner|februar|märz|juni|juli|oktober|dezember"
        + @"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\.?,?[ \t]+(?:de[ \t]+)?(?:19|20)\d\d\b"
        + @"|\b[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b)", Options)]
    private static partial Regex OtherDatePattern();

    // A dateline at the start of a line: "BAMAKO, Mali —", "WASHINGTON DC, Sep 01 (IPS) -", "LONDON (Reuters) -", "NEW YORK, March 3 (AP) —".
    [GeneratedRegex(@"^[ \t]*\p{Lu}{2}[\p{Lu}.'’\-]*(?:[ \t]\p{Lu}[\p{Lu}.'’\-]*){0,3}"
        + @"(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*){0,2})?"
        + @"(?:,[ \t]*" + Month + @"\.?[ \t]+\d{1,2})?"
        + @"(?:[ \t]*\([^()\n]{2,40}\))?[ \t]*[-—–:]", Options)]
    private static partial Regex DatelinePattern();

    // "October 2, 2025", "29 Oct 2025", "Wed, 29 Oct 2025", "2025-10-02".
    [GeneratedRegex(@"\b(?:" + Month + @"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?[ \t]+" + Month + @"\.?,?[ \t]+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\b", Options)]
    private static partial Regex FullDatePattern();

    // A label line or a prefix: "Opinion", "OPINION |", "Op-Ed:", "Commentary", "Editorial", "Analysis:", "Column:", "Guest essay".
    [GeneratedRegex(@"^[ \t]*(?i:opinion|op-ed|op ed|commentary|editorial|analysis|column|perspective|viewpoint|guest essay|guest column|letters? to the editor|comment)[ \t]*(?:$|[:|—–\-])", Options)]
    private static partial Regex OpinionLabelPattern();

    // "The views expressed (in this article) are the author's own", "This is an opinion piece", "opinions expressed … do not reflect".
    [GeneratedRegex(@"(?i:\b(?:views|opinions) expressed\b|\bthis is an? (?:opinion|commentary|op-ed|column)\b|\bare (?:the|his|her|their) own\b[^\n]{0,40}\b(?:views?|opinions?)\b)", Options)]
    private static partial Regex ViewsDisclaimerPattern();

    [GeneratedRegex(@"(?i:\b(?:opinions?|op-?eds?|commentary|commentaries|editorials?|columns?|columnists?|perspectives?|viewpoints?|comment-?is-?free|analysis|blogs?)\b)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OpinionWordPattern();
}
