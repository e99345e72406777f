namespace SourceScore.Signals.Markup;

/// <summary>The rules of the garbled-markup signal (<c>SS1xxx</c>).</summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class MarkupRules
{
    /// <summary>SS1001: an HTML tag, whole or mangled (<c>&lt; / li &gt;</c>, <c>p &gt;&lt; b &gt;</c>, <c>h2&gt;</c>), leaked into the text.</summary>
    public static readonly Rule LeakedTag = new(
        "SS1001", Signal.Markup, "Leaked HTML tag",
        "HTML tag fragment leaked into the text: '{0}'; remove it",
        Severity.Error,
        "A tag or a mangled piece of one (stray spaces, doubled or missing brackets) was left in the text when the page was converted.")
    {
        Rationale = "Readers see markup as garbage in the middle of a sentence, and it tells them the text went through a careless copy from somewhere else.",
        Fix = "Delete the fragment; if it stood for a list or a paragraph break, put the break back as plain text.",
        Example = "Aid reached the valley on Tuesday.< / li > Roads remain closed.",
    };

    /// <summary>SS1002: attribute or CSS debris (<c>tdstyle;textalign:'left'</c>, <c>class="…"</c>, <c>valigntop&gt;</c>).</summary>
    public static readonly Rule AttributeDebris = new(
        "SS1002", Signal.Markup, "HTML attribute or CSS debris",
        "HTML attribute or CSS debris leaked into the text: '{0}'; remove it",
        Severity.Error,
        "Attribute names and values or style declarations from the page's markup were left in the text, often glued to tag names (tdstyle, valigntop).")
    {
        Rationale = "Style and attribute debris is unreadable, and it often hides the start of a table or a quotation that was lost with it.",
        Fix = "Delete the debris and check the sentence or table row around it is whole.",
        Example = "tdstyle;textalign:'left' Rainfall in May was twice the average.",
    };

    /// <summary>SS1003: an HTML entity that was never decoded (<c>&amp;nbsp;</c>, <c>&amp;#8217;</c>).</summary>
    public static readonly Rule UndecodedEntity = new(
        "SS1003", Signal.Markup, "Undecoded HTML entity",
        "HTML entity '{0}' was not decoded; the text should read '{1}'",
        Severity.Error,
        "An HTML character reference appears literally in the text.")
    {
        Rationale = "A reader sees '&nbsp;' or '&#8217;' where a space or an apostrophe belongs; names and quotations become hard to read and to search.",
        Fix = "Replace the reference with the character it stands for (the message names it).",
        Example = "The minister&#8217;s office said the talks would resume.",
    };

    /// <summary>SS1004: an entity encoded twice (<c>&amp;amp;nbsp;</c>).</summary>
    public static readonly Rule DoubleEncodedEntity = new(
        "SS1004", Signal.Markup, "Double-encoded HTML entity",
        "HTML entity '{0}' was encoded more than once; the text should read '{1}'",
        Severity.Error,
        "The ampersand of an entity was itself encoded, so decoding once leaves an entity behind.")
    {
        Rationale = "The text shows '&amp;nbsp;' to readers: the copy was encoded twice on its way, and other characters may have been damaged too.",
        Fix = "Replace the whole sequence with the character it stands for (the message names it).",
        Example = "Prices rose&amp;nbsp;4% in March.",
    };

    /// <summary>SS1005: a character reference missing its semicolon (<c>&amp;#8217</c>).</summary>
    public static readonly Rule BrokenEntity = new(
        "SS1005", Signal.Markup, "Broken HTML entity",
        "HTML entity '{0}' is missing its semicolon; the text should read '{1}'",
        Severity.Error,
        "A character reference lost its closing semicolon and was left undecoded.")
    {
        Rationale = "Readers see a code where a character belongs, usually an apostrophe or a dash in a name or a quotation.",
        Fix = "Replace the reference with the character it stands for (the message names it).",
        Example = "The council&#8217s vote was delayed.",
    };

    /// <summary>SS1006: escaped markup (<c>&amp;lt;p&amp;gt;</c>) in the text.</summary>
    public static readonly Rule EscapedMarkup = new(
        "SS1006", Signal.Markup, "Escaped HTML markup",
        "Escaped HTML markup leaked into the text: '{0}' (the tag '{1}'); remove it",
        Severity.Error,
        "A tag whose brackets were encoded as &lt; and &gt; appears in the text.")
    {
        Rationale = "Escaped tags show to readers as literal markup ('<p>', '<b>'), a sign the text was escaped once too often on its way.",
        Fix = "Delete the escaped tag; keep the text it wrapped.",
        Example = "&lt;p&gt;Flights resumed on Monday.&lt;/p&gt;",
    };

    /// <summary>SS1007: mojibake, text decoded with the wrong encoding (<c>â€™</c>, <c>Ã©</c>).</summary>
    public static readonly Rule Mojibake = new(
        "SS1007", Signal.Markup, "Mojibake",
        "Mojibake: '{0}' is UTF-8 read as {1}; the text should read '{2}'",
        Severity.Error,
        "Text encoded as UTF-8 was decoded with a single-byte encoding (Windows-1252, Latin-1, Windows-1251, ...), so each accented letter or punctuation mark became two or three wrong characters.")
    {
        Rationale = "Mojibake mangles names, quotation marks and dashes, so readers cannot tell who is quoted or what a word was.",
        Fix = "Replace the sequence with the repaired text the message gives, or re-read the source with the right encoding.",
        Example = "The minister said itâ€™s too early to decide.",
    };

    /// <summary>SS1008: U+FFFD, the replacement character: a character lost to a bad decoding.</summary>
    public static readonly Rule ReplacementCharacter = new(
        "SS1008", Signal.Markup, "Replacement character",
        "Replacement character U+FFFD: a character was lost when the text was decoded",
        Severity.Error,
        "U+FFFD stands where a decoder met bytes it could not read.")
    {
        Rationale = "The original character is lost: a name, a figure's unit or a quotation mark may now be wrong or missing.",
        Fix = "Restore the character from the source; if the source is lost, rewrite the word.",
        Example = "Temperatures reached 40\uFFFDC in Seville.",
    };

    /// <summary>SS1009: a control character, usually a Windows-1252 punctuation mark decoded as Latin-1.</summary>
    public static readonly Rule ControlCharacter = new(
        "SS1009", Signal.Markup, "Control character",
        "Control character U+{0:X4} in the text{1}",
        Severity.Warning,
        "Control characters were found in the text. C1 controls (U+0080 to U+009F) are usually Windows-1252 punctuation decoded as Latin-1.")
    {
        Rationale = "Control characters are invisible or shown as boxes; they break search, copying and the layout of the page.",
        Fix = "Delete the character, or replace a C1 control with the punctuation mark the message names.",
        Example = "The mayor said\u0093we will rebuild\u0094 after the storm.",
    };

    /// <summary>SS1010: a line, paragraph, list item or sentence that appears twice.</summary>
    public static readonly Rule RepeatedFragment = new(
        "SS1010", Signal.Markup, "Repeated fragment",
        "This {0} repeats line {1}: '{2}'",
        Severity.Warning,
        "A paragraph, line, list item or sentence occurs twice, usually from a conversion that copied a block again.")
    {
        Rationale = "A repeated passage reads as a production error and makes readers doubt the rest of the copy.",
        Fix = "Delete the repetition.",
        Example = "The bridge reopened on Friday. The bridge reopened on Friday.",
    };

    /// <summary>SS1011: page boilerplate (share, follow, newsletter, sales, copyright lines) inside the article.</summary>
    public static readonly Rule Boilerplate = new(
        "SS1011", Signal.Markup, "Page boilerplate",
        "Page boilerplate ({0}) left inside the article; remove it",
        Severity.Warning,
        "Navigation, sharing, follow-us, newsletter, sales and copyright lines from the page were left in the article text.")
    {
        Rationale = "Page furniture is not reporting; left in the article, it interrupts the story and is mistaken for part of it.",
        Fix = "Remove the lines from the article text.",
        Example = "Follow us on Twitter for the latest updates.",
    };

    /// <summary>SS1012: a block of related or unrelated headlines ("Where next?", "Read the latest news stories").</summary>
    public static readonly Rule RelatedLinks = new(
        "SS1012", Signal.Markup, "Related-headlines block",
        "A block of links to other stories ({0}) left inside the article; remove it",
        Severity.Warning,
        "Lists of other headlines (often dated) and their headings ('Where next?', 'Read more', 'Discover More') were left in the article text.")
    {
        Rationale = "Other stories' headlines are read as part of this one, and their claims are attributed to it.",
        Fix = "Remove the block.",
        Example = "Read more:\nFloods close schools in the north - March 3, 2024",
    };

    /// <summary>SS1013: a run of empty lines.</summary>
    public static readonly Rule BlankLineRun = new(
        "SS1013", Signal.Markup, "Run of empty lines",
        "{0} empty lines in a row; one is enough",
        Severity.Warning,
        "Several empty lines in a row are left over from removed markup.")
    {
        Rationale = "Gaps in the copy look like missing paragraphs, and readers wonder what was cut.",
        Fix = "Keep at most one empty line between paragraphs.",
        Example = "First paragraph.\n\n\n\n\nSecond paragraph.",
    };

    /// <summary>SS1014: trailing whitespace junk at the end of lines or of the text.</summary>
    public static readonly Rule TrailingWhitespace = new(
        "SS1014", Signal.Markup, "Trailing whitespace junk",
        "{0} whitespace characters ({1}) at the end of a line; remove them",
        Severity.Info,
        "Runs of spaces, tabs or no-break spaces at line ends are debris from conversion.")
    {
        Rationale = "Invisible to most readers, but they break layout, diffs and duplicate detection downstream.",
        Fix = "Remove them.",
        Example = "The vote is on Thursday.\u00A0\u00A0\u00A0\t",
    };

    /// <summary>SS1015: a stray angle bracket left from a broken tag (<c>- &gt;Engagement</c>).</summary>
    public static readonly Rule StrayAngleBracket = new(
        "SS1015", Signal.Markup, "Stray angle bracket",
        "Stray '{0}' left from a broken tag; remove it",
        Severity.Warning,
        "A lone angle bracket stuck to a word is what remains of a tag whose other half was removed.")
    {
        Rationale = "A stray bracket reads as a typo and often marks where a link or emphasis was lost.",
        Fix = "Delete it.",
        Example = "Officials confirmed the figures>",
    };

    /// <summary>SS1016: script, style or structured-data code left in the text (<c>googletag.cmd.push(…)</c>, <c>{"@context": …}</c>).</summary>
    public static readonly Rule LeakedCode = new(
        "SS1016", Signal.Markup, "Leaked script or data",
        "Script, style or page data leaked into the text: '{0}'; remove it",
        Severity.Error,
        "JavaScript, CSS or JSON-LD from the page (ad scripts, analytics calls, style rules, structured data) was left in the article text when the page was converted.")
    {
        Rationale = "Code in an article is unreadable, and an ad or tracking script shown as text makes the page look broken or compromised.",
        Fix = "Delete it.",
        Example = "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
    };

    /// <summary>SS1017: a run of tabs, no-break spaces or many spaces inside a line.</summary>
    public static readonly Rule InnerWhitespace = new(
        "SS1017", Signal.Markup, "Whitespace junk inside a line",
        "{0} whitespace characters ({1}) inside a line; one space is enough",
        Severity.Info,
        "Tabs, no-break spaces or long runs of spaces between words are left over from table cells and removed elements.")
    {
        Rationale = "Gaps inside a sentence look like missing words and break copying and search.",
        Fix = "Replace the run with one space.",
        Example = "The turnout was\t\t\t62 per cent.",
    };

    /// <summary>Gets every markup rule, in id order.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        LeakedTag, AttributeDebris, UndecodedEntity, DoubleEncodedEntity, BrokenEntity, EscapedMarkup,
        Mojibake, ReplacementCharacter, ControlCharacter, RepeatedFragment, Boilerplate, RelatedLinks,
        BlankLineRun, TrailingWhitespace, StrayAngleBracket, LeakedCode, InnerWhitespace,
    ];
}
