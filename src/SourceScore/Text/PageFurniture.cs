using System.Buffers;
using System.Text.RegularExpressions;

namespace SourceScore.Text;

/// <summary>
/// Page furniture in a text, line by line: sharing, follow-us, newsletter, sales, copyright and navigation lines,
/// advertisement labels and photo credits, and blocks of links to other stories ("Where next?" and "Related:" headings,
/// lists of dated headlines, a list of headlines closing the text). A sales or copyright line near the end takes the
/// short lines after it, since a page footer rarely stops at one line. The markup signal reports what it finds
/// (SS1011, SS1012); page extraction drops the whole lines of it, as a reader of the page does not read them as the
/// article. For an article in another language the commonest labels of French, Spanish, Portuguese, German, Italian
/// and Russian pages are read too ("Publicité", "Lire aussi", "Lesen Sie auch", "Leia também", "Partager"), and the
/// advertisement label of Arabic, Chinese, Japanese and Korean ones. Static and thread-safe; one pass over the lines,
/// patterns linear in each line.
/// </summary>
internal static partial class PageFurniture
{
    // Lines longer than this are prose, whatever words they contain.
    private const int MaxBoilerplateLine = 220;

    // A footer swallows at most this much after its anchor line.
    private const int MaxFooterTail = 600;

    // Dated headlines: this many in a row make a block even without a heading.
    private const int MinDatedRun = 3;

    /// <summary>Receives one piece of furniture.</summary>
    public delegate void Found<TState>(TState state, Piece piece);

    private enum LineKind
    {
        Prose,
        Boilerplate,
        Footer,
        LinksHeading,
        InlineLink,
        DatedHeadline,
        ShortLine,
    }

    /// <summary>One piece of furniture.</summary>
    /// <param name="Span">Where it is.</param>
    /// <param name="Links">A block of links to other stories (SS1012), else a furniture line (SS1011).</param>
    /// <param name="Label">What it is ("sharing line", "3 headlines").</param>
    /// <param name="WholeLines">Whether it covers whole lines; if not, it is a tail glued to the end of a line of prose.</param>
    public readonly record struct Piece(TextSpan Span, bool Links, string Label, bool WholeLines);

    /// <summary>
    /// Finds the furniture of <paramref name="text"/>, whose lines are <paramref name="lines"/>, in text order, and hands
    /// each piece to <paramref name="found"/> with <paramref name="state"/>.
    /// </summary>
    public static void Walk<TState>(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines, TState state, Found<TState> found, bool otherLanguages = false)
    {
        int trailingList = TrailingHeadlineListStart(text, lines, otherLanguages);
        int i = 0;
        while (i < lines.Length)
        {
            var content = TextScan.ContentOf(text, lines[i]);
            if (content.Length == 0)
            {
                i++;
                continue;
            }

            var kind = Classify(text.Slice(content.Start, content.Length), otherLanguages, out string? label);
            switch (kind)
            {
                case LineKind.LinksHeading:
                case LineKind.InlineLink:
                case LineKind.DatedHeadline:
                    i = LinksBlock(text, lines, i, kind, otherLanguages, state, found);
                    continue;
                case LineKind.Footer:
                    i = Footer(text, lines, i, content, label!, state, found);
                    continue;
                case LineKind.Boilerplate:
                    found(state, new Piece(content, Links: false, label!, WholeLines: true));
                    break;
                case LineKind.ShortLine when i >= trailingList:
                    i = LinksBlock(text, lines, i, LineKind.LinksHeading, otherLanguages, state, found);
                    continue;
                case LineKind.Prose:
                    AppendedBoilerplate(text, content, otherLanguages, state, found);
                    break;
                default:
                    break;
            }

            i++;
        }
    }

    /// <summary>
    /// Boilerplate glued to the end of a paragraph ("… for years. Share on Facebook"): the text after the last
    /// sentence stop, when it is short and is not itself a sentence, is classified like a line.
    /// </summary>
    private static void AppendedBoilerplate<TState>(ReadOnlySpan<char> text, TextSpan content, bool otherLanguages, TState state, Found<TState> found)
    {
        var line = text.Slice(content.Start, content.Length);
        if (line.Length == 0 || (EndsLikeSentence(line) && !line[Math.Max(0, line.Length - 80)..].Contains("all rights reserved", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        int cut = -1;
        for (int k = line.Length - 2; k > 0 && line.Length - k <= 80; k--)
        {
            if (line[k] == ' ' && line[k - 1] is '.' or '!' or '?' or '"' or '”')
            {
                cut = k + 1;
                break;
            }
        }

        if (cut < 0)
        {
            return;
        }

        var tail = line[cut..];
        var kind = Classify(tail, otherLanguages, out string? label);
        if (kind is LineKind.Boilerplate or LineKind.Footer)
        {
            found(state, new Piece(new TextSpan(content.Start + cut, tail.Length), Links: false, label!, WholeLines: false));
        }
    }

    /// <summary>Finds a block of links starting at <paramref name="first"/>; returns the line after it.</summary>
    private static int LinksBlock<TState>(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines, int first, LineKind firstKind, bool otherLanguages, TState state, Found<TState> found)
    {
        int last = first, headlines = firstKind is LineKind.DatedHeadline or LineKind.InlineLink ? 1 : 0, headings = firstKind is LineKind.LinksHeading or LineKind.InlineLink ? 1 : 0;
        int dated = headlines;
        int j = first + 1;
        for (; j < lines.Length; j++)
        {
            var content = TextScan.ContentOf(text, lines[j]);
            if (content.Length == 0)
            {
                continue;
            }

            var kind = Classify(text.Slice(content.Start, content.Length), otherLanguages, out _);
            if (kind == LineKind.DatedHeadline)
            {
                dated++;
                headlines++;
            }
            else if (kind == LineKind.LinksHeading)
            {
                headings++;
            }
            else if (kind == LineKind.InlineLink)
            {
                headings++;
                headlines++;
            }
            else if (kind == LineKind.ShortLine && headings > 0 && headlines < 40)
            {
                headlines++;
            }
            else
            {
                break;
            }

            last = j;
        }

        // Without a heading, only a run of dated headlines is a block; a lone dated line is a dateline.
        if (headings == 0 && dated < MinDatedRun)
        {
            return first + 1;
        }

        var span = TextSpan.FromBounds(TextScan.ContentOf(text, lines[first]).Start, TextScan.ContentOf(text, lines[last]).End);
        found(state, new Piece(span, Links: true, headlines switch { 0 => "headings only", 1 => "1 headline", _ => headlines.ToString(System.Globalization.CultureInfo.InvariantCulture) + " headlines" }, WholeLines: true));
        return last + 1;
    }

    /// <summary>
    /// Finds where the text ends in at least <see cref="MinDatedRun"/> headline-like lines (capitalised, four to
    /// twenty words, no closing punctuation, not a schedule or table line) with no prose after them: a list of
    /// other stories left below the article even without a heading. Returns the first such line, or past the end.
    /// One backward pass, so the cost stays linear.
    /// </summary>
    private static int TrailingHeadlineListStart(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines, bool otherLanguages)
    {
        int count = 0, start = lines.Length;
        for (int j = lines.Length - 1; j >= 0; j--)
        {
            var content = TextScan.ContentOf(text, lines[j]);
            if (content.Length == 0)
            {
                continue;
            }

            var line = text.Slice(content.Start, content.Length);
            var kind = Classify(line, otherLanguages, out _);
            bool headline = kind == LineKind.DatedHeadline;
            if (!headline && kind == LineKind.ShortLine)
            {
                int words = TextScan.CountWords(line);
                headline = char.IsUpper(line[0]) && line.Length >= 20 && words is >= 4 and <= 20
                    && line.IndexOfAny(s_listPunctuation) < 0 && !line.Contains("--", StringComparison.Ordinal) && !StartsWithMonthOrDigit(line);
            }

            if (!headline)
            {
                break;
            }

            count++;
            start = j;
        }

        return count >= MinDatedRun ? start : lines.Length;
    }

    private static readonly SearchValues<char> s_listPunctuation = SearchValues.Create(":|@–•");

    private static bool StartsWithMonthOrDigit(ReadOnlySpan<char> line) =>
        char.IsDigit(line[0]) || MonthStart().IsMatch(line);

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", Options)]
    private static partial Regex MonthStart();

    /// <summary>Finds a sales or copyright line, with the short tail of the page after it.</summary>
    private static int Footer<TState>(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines, int anchor, TextSpan content, string label, TState state, Found<TState> found)
    {
        int end = content.End;
        int tailChars = 0;
        int j = anchor + 1;
        int last = anchor;
        for (; j < lines.Length; j++)
        {
            tailChars += lines[j].Length;
            if (tailChars > MaxFooterTail)
            {
                break;
            }
        }

        if (j == lines.Length)
        {
            // Everything left is short: it is the footer.
            for (int k = anchor + 1; k < lines.Length; k++)
            {
                var c = TextScan.ContentOf(text, lines[k]);
                if (c.Length > 0)
                {
                    end = c.End;
                    last = k;
                }
            }
        }

        found(state, new Piece(TextSpan.FromBounds(content.Start, end), Links: false, label, WholeLines: true));
        return last + 1;
    }


    private static LineKind Classify(ReadOnlySpan<char> line, bool otherLanguages, out string? label)
    {
        label = null;
        if (line.Length > MaxBoilerplateLine)
        {
            return LineKind.Prose;
        }

        // Most patterns are anchored at the start of the line: the two unions of them reject a prose line within its
        // first words (benchmarked as fast as the hand-kept list of first words that used to gate them). The few
        // patterns that are not anchored need a marker word in the line, found by a vectorised search first.
        bool anchored = AnyAnchoredLinks().IsMatch(line) || AnyAnchoredFurniture().IsMatch(line);
        if (anchored && LinksHeading().IsMatch(line))
        {
            return LineKind.LinksHeading;
        }

        if (anchored && InlineLink().IsMatch(line))
        {
            return LineKind.InlineLink;
        }

        if (IsDatedHeadline(line))
        {
            return LineKind.DatedHeadline;
        }

        if (IsCopyright(line, anchored))
        {
            label = "copyright line";
            return LineKind.Footer;
        }

        if ((anchored && SalesStart().IsMatch(line)) || (line.IndexOfAny(s_salesMarkers) >= 0 && SalesAnywhere().IsMatch(line)))
        {
            label = "sales line";
            return LineKind.Footer;
        }

        if (anchored && Sharing().IsMatch(line))
        {
            label = "sharing line";
            return LineKind.Boilerplate;
        }

        if (anchored && FollowUs().IsMatch(line))
        {
            label = "follow-us line";
            return LineKind.Boilerplate;
        }

        if ((anchored && NewsletterStart().IsMatch(line)) || (line.IndexOfAny(s_newsletterMarkers) >= 0 && NewsletterAnywhere().IsMatch(line)))
        {
            label = "newsletter line";
            return LineKind.Boilerplate;
        }

        if (anchored && (Navigation().IsMatch(line) || FooterLinks().IsMatch(line)))
        {
            label = "navigation line";
            return LineKind.Boilerplate;
        }

        if (anchored && CookieNotice().IsMatch(line))
        {
            label = "cookie notice";
            return LineKind.Boilerplate;
        }

        if (anchored && CallToAction().IsMatch(line))
        {
            label = "call to action";
            return LineKind.Boilerplate;
        }

        if (otherLanguages && OtherLanguageLabels().IsMatch(line))
        {
            return ClassifyOtherLanguage(line, out label);
        }

        return line.Length <= 160 && !EndsLikeSentence(line) ? LineKind.ShortLine : LineKind.Prose;
    }

    /// <summary>Classifies a line that <see cref="OtherLanguageLabels"/> matched.</summary>
    private static LineKind ClassifyOtherLanguage(ReadOnlySpan<char> line, out string? label)
    {
        label = null;
        if (OtherLinksHeading().IsMatch(line))
        {
            return LineKind.LinksHeading;
        }

        if (OtherInlineLink().IsMatch(line))
        {
            return LineKind.InlineLink;
        }

        if (OtherSharing().IsMatch(line))
        {
            label = "sharing line";
        }
        else if (OtherFollowUs().IsMatch(line))
        {
            label = "follow-us line";
        }
        else if (OtherCallToAction().IsMatch(line))
        {
            label = "call to action";
        }
        else
        {
            label = "navigation line";
        }

        return LineKind.Boilerplate;
    }

    private static readonly SearchValues<string> s_salesMarkers = SearchValues.Create(["find out", "services", "solutions"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_newsletterMarkers = SearchValues.Create(["newsletter", "inbox", "briefing", "digest", "alert", "emails"], StringComparison.OrdinalIgnoreCase);

    private static bool IsCopyright(ReadOnlySpan<char> line, bool anchored) =>
        (anchored && CopyrightStart().IsMatch(line)) || line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase);

    private static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        char last = line[^1];
        return last is '.' or '!' or '?' or '"' or '”' or ':' or ';' or ',' or '\'' or '’' or ')' or ']';
    }
    // NonBacktracking: time linear in the line's length whatever it holds, and no clock, so a line is classified
    // the same way on an idle machine and a busy one. Lines are at most MaxBoilerplateLine characters.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    [GeneratedRegex(LinksHeadingPattern, Options)]
    private static partial Regex LinksHeading();

    // The full date that ends a headline in lists of other stories: "... Friday, November 22, 2024". Only
    // the date is matched (a bounded prefix such as ".{10,200}" would make every line cost thousands of steps);
    // IsDatedHeadline checks that a headline stands before it.
    [GeneratedRegex(@"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},\s+\d{4}\s*$", Options)]
    private static partial Regex TrailingDate();

    private static bool IsDatedHeadline(ReadOnlySpan<char> line)
    {
        // Cheap test first: a dated line ends in four digits.
        var end = line.TrimEnd();
        if (end.Length < 24 || !char.IsAsciiDigit(end[^1]) || !char.IsAsciiDigit(end[^4]))
        {
            return false;
        }

        foreach (var match in TrailingDate().EnumerateMatches(end[Math.Max(0, end.Length - 40)..]))
        {
            int headline = end.Length - Math.Min(40, end.Length) + match.Index;
            return headline >= 11 && char.IsWhiteSpace(end[headline - 1]);
        }

        return false;
    }

    private const string LinksHeadingPattern = @"^(?:where next\??|browse related (?:news )?topics:?|read the latest (?:news )?stories:?|learn more about the related issues:?|related (?:news|articles?|stories|coverage|topics|content|posts|reading|links)\s*:?|you (?:may|might) also (?:like|enjoy|be interested in)\s*:?|more (?:stories|news|on this story|from [\p{L} ]{2,30}|in [\p{L} ]{2,30})\s*:?|recommended(?: for you| stories| articles| reading)?\s*:?|read (?:more|next|also)\s*:?|see also\s*:?|discover more\s*:?|don'?t miss\s*:?|popular (?:now|stories|posts)\s*:?|(?:the )?latest (?:news|stories|headlines|posts)\s*:?|top stories\s*:?|editor'?s picks\s*:?|most (?:read|popular|viewed|shared)(?: stories)?\s*:?|trending(?: now| stories)?\s*:?|further reading\s*:?)$";

    private const string InlineLinkPattern = @"^(?:read (?:more|next|also)|also read|related(?: story| article)?|see also|more|watch|listen|recommended|don'?t miss|must read)\s*[:|»>-]\s*\S.{8,160}$";

    private const string FooterLinksPattern = @"^(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms and conditions|cookie(?: policy| settings| preferences)|about us|contact(?: us)?|careers|advertise(?: with us)?|site ?map|help|faq|accessibility|do not sell my (?:personal )?information)\s*(?:[|•·/]\s*|$)){2,}$";

    private const string CookieNoticePattern = @"^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to use|using) (?:this|our) (?:web)?site|accept (?:all )?cookies|manage (?:cookie|privacy) (?:settings|preferences))";

    private const string CallToActionPattern = @"^(?:click here to (?:read|subscribe|sign up|download|watch|learn|find out|see|view|register|join)|tap here to|download (?:our|the) (?:free )?app|support (?:our|independent) journalism\b|become a (?:member|subscriber|patron)|donate (?:now|today)|already a subscriber\??|log in to (?:comment|continue)|this (?:article|story|content) is (?:for|available to) subscribers)";

    private const string SharingPattern = @"^(?:share(?: this(?: article| story| page| post)?)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|email|reddit))?|tweet(?: this)?|email(?: this(?: article| story)?)?|print(?: this(?: article| page))?|pin it|copy link|click to share.*|share via.*)(?:\s*[|/•·,]\s*(?:share|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|copy link|comments?))*\s*\.?$";

    private const string FollowUsPattern = @"^(?:follow (?:us\b|@\w+|[\p{L}\p{N} .&'-]{2,50} on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|telegram|whatsapp))|(?:like|find|join) us on (?:facebook|twitter|x|instagram|linkedin|youtube|telegram)|connect with us\b)";

    private const string NavigationPattern = @"^(?:skip to (?:main )?content|back to top|next (?:article|story|post)|previous (?:article|story|post)|advertisement|sponsored(?: content)?|load more|show more|view comments|comments? \(\d+\)|leave a comment|jump to comments|sign in|log in|menu|search|home\s*[>›»/|].*)\s*[.:]?$";

    // All the anchored patterns in two passes: they reject an ordinary line, and only a line that matches is
    // classified pattern by pattern. Two, as the union of all would pass NonBacktracking's automaton size limit.
    [GeneratedRegex("(?:" + CopyrightStartPattern + ")|(?:" + SalesStartPattern + ")|(?:" + NewsletterStartPattern + ")|(?:" + LinksHeadingPattern + ")|(?:" + InlineLinkPattern + ")", Options)]
    private static partial Regex AnyAnchoredLinks();

    [GeneratedRegex("(?:" + FooterLinksPattern + ")|(?:" + CookieNoticePattern + ")|(?:" + CallToActionPattern + ")|(?:" + SharingPattern + ")|(?:" + FollowUsPattern + ")|(?:" + NavigationPattern + ")", Options)]
    private static partial Regex AnyAnchoredFurniture();

    // A link to another story on its own line: "Read more: Floods hit the north", "RELATED: …".
    [GeneratedRegex(InlineLinkPattern, Options)]
    private static partial Regex InlineLink();

    [GeneratedRegex(FooterLinksPattern, Options)]
    private static partial Regex FooterLinks();

    [GeneratedRegex(CookieNoticePattern, Options)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(CallToActionPattern, Options)]
    private static partial Regex CallToAction();

    private const string CopyrightStartPattern = @"^(?:©|\(c\)\s|copyright\b\s*(?:©|\(c\)|\d{4}))";

    [GeneratedRegex(CopyrightStartPattern, Options)]
    private static partial Regex CopyrightStart();

    private const string SalesStartPattern = @"^(?:contact us|get in touch|request a (?:demo|quote|consultation)|talk to (?:our|an?) (?:team|experts?|specialists?)|call us (?:today|now|on|at)|email us (?:today|now|at))\b";

    [GeneratedRegex(SalesStartPattern, Options)]
    private static partial Regex SalesStart();

    [GeneratedRegex(@"find out (?:how|more about how) (?:our|we)\b.{0,80}\b(?:can|could|will) (?:help|support|protect|assist)|(?:our|we offer) .{0,40}(?:services|solutions) (?:can|could) (?:help|support|protect)", Options)]
    private static partial Regex SalesAnywhere();

    [GeneratedRegex(SharingPattern, Options)]
    private static partial Regex Sharing();

    [GeneratedRegex(FollowUsPattern, Options)]
    private static partial Regex FollowUs();

    private const string NewsletterStartPattern = @"^(?:get|receive) (?:the|our) (?:latest|best|top)\b.{0,60}\b(?:in|to|delivered to|straight to) your inbox|^subscribe(?: now| today| here)?\s*[.!]?$|^sign up(?: now| today| here)?\s*[.!]?$";

    [GeneratedRegex(NewsletterStartPattern, Options)]
    private static partial Regex NewsletterStart();

    [GeneratedRegex(@"(?:sign up|subscribe|register)(?: now| today| here)?(?: for free)? (?:to|for) (?:our|the|a)(?: free)?(?: daily| weekly| morning| evening)?(?: [\p{L}]+){0,3} (?:newsletters?|briefings?|digest|email alerts?|emails)\b", Options)]
    private static partial Regex NewsletterAnywhere();

    [GeneratedRegex(NavigationPattern, Options)]
    private static partial Regex Navigation();

    // The commonest furniture labels of French, Spanish, Portuguese, German, Italian and Russian news pages, and the
    // advertisement label of Arabic, Chinese, Japanese and Korean ones. Read only for an article that is not English
    // (a page declaring another language, or a text detected as one), so English text is classified as before.
    private const string OtherLinksHeadingPattern = @"^(?:(?:à )?lire aussi|à lire également|(?:à )?voir aussi|sur le même sujet|dans la même rubrique|les plus lus|articles? similaires|mehr zum thema|lesen sie auch|das könnte sie auch interessieren|auch interessant|meistgelesen(?:e artikel)?|weitere artikel|leia também|leia mais|veja também|not[ií]cias relacionadas|mais lidas|saiba mais|te puede interesar|también te puede interesar|le puede interesar|lea también|lee también|noticias relacionadas|más leídas|ver también|leggi anche|articoli correlati|ti potrebbe interessare|potrebbe interessarti|i più letti|читайте также|по теме|самое читаемое)\s*:?$";

    private const string OtherInlineLinkPattern = @"^(?:(?:à )?lire aussi|voir aussi|lesen sie (?:auch|mehr)|mehr zum thema|leia (?:também|mais)|veja também|lea también|lee también|leer más|ver también|leggi anche|читайте также)\s*[:|»>-]\s*\S.{8,160}$";

    private const string OtherSharingPattern = @"^(?:partager(?: (?:sur|cet article|l'article))?|compartir(?: en)?|compartilhar(?: no)?|condividi(?: su)?|teilen|artikel teilen|поделиться)(?:\s*(?:[|/•·,:]\s*)?(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|telegram|pinterest|flipboard))*\s*\.?$";

    private const string OtherFollowUsPattern = @"^(?:suivez-nous|retrouvez-nous sur|síguenos|siga-nos|folgen sie uns|seguici)\b";

    private const string OtherCallToActionPattern = @"^(?:(?:cet )?article réservé aux abonnés|abonnez-vous|inscrivez-vous à (?:notre|nos) newsletters?|jetzt abonnieren|nur für abonnenten|exclusivo para (?:assinantes|suscriptores)|solo para suscriptores|assine (?:já|agora)|suscríbete|abbonati)\b";

    private const string OtherNavigationPattern = @"^(?:publicité|publicidad|publicidade|pubblicità|anzeige|werbung|реклама|広告|광고|إعلان|广告|retour en haut|nach oben|volver arriba|voltar ao topo|torna su|accueil|startseite|inicio|início|rechercher|suche|buscar|pesquisar|cerca|menü|commentaires|kommentare|comentarios|comentários|commenti)\s*[.:]?$";

    [GeneratedRegex("(?:" + OtherLinksHeadingPattern + ")|(?:" + OtherInlineLinkPattern + ")|(?:" + OtherSharingPattern + ")|(?:" + OtherFollowUsPattern + ")|(?:" + OtherCallToActionPattern + ")|(?:" + OtherNavigationPattern + ")", Options)]
    private static partial Regex OtherLanguageLabels();

    [GeneratedRegex(OtherLinksHeadingPattern, Options)]
    private static partial Regex OtherLinksHeading();

    [GeneratedRegex(OtherInlineLinkPattern, Options)]
    private static partial Regex OtherInlineLink();

    [GeneratedRegex(OtherSharingPattern, Options)]
    private static partial Regex OtherSharing();

    [GeneratedRegex(OtherFollowUsPattern, Options)]
    private static partial Regex OtherFollowUs();

    [GeneratedRegex(OtherCallToActionPattern, Options)]
    private static partial Regex OtherCallToAction();
}
