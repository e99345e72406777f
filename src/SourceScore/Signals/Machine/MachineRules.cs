namespace SourceScore.Signals.Machine;

/// <summary>The rules of the machine-rewritten-prose signal (<c>SS2xxx</c>).</summary>
/// <remarks>Ids are stable: never reused or renumbered. Static and thread-safe.</remarks>
public static class MachineRules
{
    /// <summary>SS2001: the prose as a whole reads as machine-written or machine-rewritten.</summary>
    public static readonly Rule MachineProse = new(
        "SS2001", Signal.Machine, "Machine-written prose",
        "The prose reads as machine-written or machine-rewritten (model probability {0}); {1}",
        Severity.Warning,
        "The machine-prose model, trained on human news, LLM-written news and spun rewrites, judges the text as a whole: sentence rhythm, word choice, word pairs human news never uses, stock phrasing, slips.")
    {
        Rationale = "Machine-written or spun news often has no reporter behind it: facts may be invented, blurred or lifted from another outlet, and readers cannot tell.",
        Fix = "Rewrite the article from the sources, or check where it came from before publishing it.",
        Example = "In today's fast-paced world, the groundbreaking initiative underscores the pivotal role of community resilience.",
    };

    /// <summary>SS2002: a stock phrase of generated news (<c>delve</c>, <c>it is important to note</c>, <c>a testament to</c>).</summary>
    public static readonly Rule StockPhrase = new(
        "SS2002", Signal.Machine, "Stock phrase of generated prose",
        "'{0}' is a stock phrase of machine-written prose; say it plainly or cut it",
        Severity.Info,
        "Language models and content mills lean on a small set of inflated phrases that reporters seldom use. One is harmless; several together mark generated text.")
    {
        Rationale = "Stock phrases say nothing a reader can check, and a run of them is a sign the text was generated rather than reported.",
        Fix = "Replace the phrase with what actually happened, in plain words.",
        Example = "The move underscores the pivotal role of the region in a rapidly evolving landscape.",
    };

    /// <summary>SS2003: a misspelling, with its correction (<c>teh</c> → <c>the</c>).</summary>
    public static readonly Rule Misspelling = new(
        "SS2003", Signal.Machine, "Misspelling",
        "'{0}' looks like a misspelling of '{1}'",
        Severity.Warning,
        "A common misspelling, or a word one letter away from a common word and not in the dictionary. Article spinners inject such typos on purpose to dodge duplicate detection.")
    {
        Rationale = "Misspellings undermine trust in the copy; several in a short text are the mark of a spinner.",
        Fix = "Correct the word (the message gives the likely intended word).",
        Example = "The minister met wiht teh delegation on Monday.",
    };

    /// <summary>SS2004: a word pair human news never uses where a synonym gives the usual phrase (a spinner's blind synonym swap).</summary>
    public static readonly Rule SwappedWord = new(
        "SS2004", Signal.Machine, "Unusual word pair (likely synonym swap)",
        "'{0}' does not occur in human news; the usual wording is '{1}'",
        Severity.Info,
        "Two common words that human news never puts side by side, where swapping one for its synonym gives a phrase reporters do use: the mark of an article spinner that replaces words with blind synonyms.")
    {
        Rationale = "Synonym-swapped prose ('total as' for 'come as') distorts meaning and signals the text was rewritten from someone else's report.",
        Fix = "Restore the usual wording (the message gives it) and check the sentence still says what the source said.",
        Example = "The decision will total as a surprise to many residents.",
    };

    /// <summary>SS2005: a template heading of generated articles (<c>Introduction</c>, <c>The Conclusion</c>, <c>Key Takeaways</c>).</summary>
    public static readonly Rule TemplateHeading = new(
        "SS2005", Signal.Machine, "Template heading",
        "'{0}' is a template heading of generated articles; news reports do not use it",
        Severity.Info,
        "Generated articles are laid out like essays, with headings such as Introduction, Background, Key Takeaways and Conclusion.")
    {
        Rationale = "Essay headings are not news layout; they mark a text produced from a template or a language model.",
        Fix = "Remove the heading or write a real crosshead that says what the next section reports.",
        Example = "Key Takeaways:",
    };

    /// <summary>SS2006: a punctuation slip: no space after a comma or full stop (<c>priorities,this</c>), or a space before one (<c>Sahel ,</c>).</summary>
    public static readonly Rule PunctuationSlip = new(
        "SS2006", Signal.Machine, "Punctuation slip",
        "{0} in '{1}'",
        Severity.Warning,
        "A comma or full stop glued to the next word, or set off from its own word by a space. Spinners and careless rewriting leave these behind.")
    {
        Rationale = "Slips make the copy look unedited and can change how a sentence is read.",
        Fix = "Fix the spacing.",
        Example = "The talks ended,the minister said .She left on Friday.",
    };

    /// <summary>SS2007: the text is too short for a confident judgement.</summary>
    public static readonly Rule TooShortToJudge = new(
        "SS2007", Signal.Machine, "Too short to judge",
        "Only {0} words: too short to judge reliably whether the prose is machine-written, so the machine risk is kept low (at most 0.25)",
        Severity.Info,
        "The text is shorter than the machine-prose model's minimum length. Detectors misfire on short texts, so the risk shrinks with the square of the length share and stays at or below 0.25; only the concrete findings (misspellings, swaps, slips) stand.")
    {
        Rationale = "A low machine risk on a short text is not evidence that a person wrote it.",
        Fix = "Nothing to fix in the text; judge a short item by its source and its concrete findings.",
        Example = "Police closed the road after the crash.",
    };

    /// <summary>Gets every machine rule, in id order.</summary>
    public static IReadOnlyList<Rule> All { get; } = [MachineProse, StockPhrase, Misspelling, SwappedWord, TemplateHeading, PunctuationSlip, TooShortToJudge];
}
