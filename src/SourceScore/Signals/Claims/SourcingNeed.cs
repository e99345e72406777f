using System.Collections.Frozen;
using SourceScore.Text;

namespace SourceScore.Signals.Claims;

/// <summary>
/// Whether a check-worthy sentence makes a claim a reader could not take on the reporter's word, as an editor asks
/// before publishing: a statistic (a rate, a share, a sum of money, a scaled amount, a study's or poll's finding), an
/// accusation, a cause, a superlative or record, a forecast, or the reporter's interpretation of events. A reported fact in the reporter's own voice (who did
/// what, where and when, the counts of a described event, a product's name and specifications, dates and ages) does
/// not need a source beyond the reporting itself. Word lists only, read from the sentence's tokens; allocation-free,
/// static and thread-safe.
/// </summary>
internal static class SourcingNeed
{
    /// <summary>What makes a sentence need a source.</summary>
    public enum Reason : byte
    {
        /// <summary>Nothing: a reported fact.</summary>
        None,

        /// <summary>A rate, a share, money, a scaled amount, or the finding of a study, survey or poll.</summary>
        Statistic,

        /// <summary>An accusation of wrongdoing.</summary>
        Accusation,

        /// <summary>A cause or a consequence.</summary>
        Cause,

        /// <summary>A superlative, a record, a first or a never.</summary>
        Superlative,

        /// <summary>A forecast or an expectation.</summary>
        Forecast,

        /// <summary>The reporter's reading of events: what they reflect, signal or mean, and how much they matter.</summary>
        Interpretation,
    }

    // Words that make a number a statistic rather than a count: shares, money, scale.
    private static readonly FrozenSet<ulong> s_statisticUnits = WordHash.SetOf(
        "percent", "per", "percentage", "pct", "percentile", "million", "billion", "trillion", "bn", "dollars", "pounds", "euros", "naira",
        "yen", "yuan", "rupees", "francs", "rate", "rates", "average", "median", "gdp", "inflation", "unemployment");

    // Words that say a finding comes from measurement of a population, which a reader cannot see for themselves.
    private static readonly FrozenSet<ulong> s_studyWords = WordHash.SetOf(
        "study", "studies", "survey", "surveys", "poll", "polls", "research", "researchers", "data", "statistics", "estimate", "estimates",
        "estimated", "analysis", "report", "census", "figures", "findings", "found", "shows", "showed", "suggests", "suggested");

    private static readonly FrozenSet<ulong> s_accusations = WordHash.SetOf(
        "accused", "accuses", "accuse", "accusing", "accusation", "accusations", "allegedly", "fraud", "fraudulent", "corrupt", "corruption",
        "bribe", "bribes", "bribery", "embezzled", "embezzlement", "stole", "stolen", "theft", "lied", "lying", "lies", "liar", "cheated",
        "cheating", "abused", "abuse", "abusive", "harassed", "harassment", "assaulted", "rigged", "cover-up", "covered", "conspiracy",
        "conspired", "illegal", "illegally", "unlawful", "unlawfully", "criminal", "crimes", "guilty", "misconduct", "wrongdoing", "negligence",
        "negligent", "blamed", "blames", "blame", "propaganda", "fake", "hoax", "smuggled", "laundering", "laundered", "terrorist", "terrorists",
        "genocide", "massacre", "atrocities", "war-crimes", "complicit", "incompetent", "incompetence");

    private static readonly FrozenSet<ulong> s_causes = WordHash.SetOf(
        "because", "caused", "causes", "causing", "due", "thanks", "result", "resulted", "resulting", "consequence", "consequently", "therefore",
        "hence", "led", "leads", "fueled", "fuelled", "driven", "triggered", "sparked", "linked", "contributed", "attributable", "responsible");

    private static readonly FrozenSet<ulong> s_superlatives = WordHash.SetOf(
        "best", "worst", "largest", "biggest", "highest", "lowest", "greatest", "smallest", "fastest", "slowest", "deadliest", "richest",
        "poorest", "strongest", "weakest", "safest", "costliest", "longest", "shortest", "oldest", "youngest", "ever");

    private static readonly FrozenSet<ulong> s_forecasts = WordHash.SetOf(
        "expected", "expects", "expect", "likely", "unlikely", "forecast", "forecasts", "predicted", "predicts", "predict", "prediction",
        "projected", "projects", "projection", "anticipated", "anticipate", "poised", "set", "bound", "outlook");

    // Interpretation in the reporter's voice: what an event reflects or signals, and judgements of its weight.
    private static readonly FrozenSet<ulong> s_interpretation = WordHash.SetOf(
        "reflects", "reflected", "indicates", "indicated", "signals", "signalled", "signaled", "underscores", "underscored", "highlights",
        "demonstrates", "demonstrated", "signifies", "illustrates", "suggests", "implies", "means", "marks", "marking", "crucial", "pivotal",
        "significant", "significantly", "notable", "remarkable", "dramatic", "dramatically", "alarming", "troubling", "landmark", "seismic",
        "profound", "sweeping", "momentous", "decisive", "devastating", "staggering");

    private static readonly ulong s_most = WordHash.Of("most");
    private static readonly ulong s_least = WordHash.Of("least");
    private static readonly ulong s_first = WordHash.Of("first");
    private static readonly ulong s_time = WordHash.Of("time");
    private static readonly ulong s_to = WordHash.Of("to");
    private static readonly ulong s_of = WordHash.Of("of");
    private static readonly ulong s_set = WordHash.Of("set");
    private static readonly ulong s_bound = WordHash.Of("bound");
    private static readonly ulong s_due = WordHash.Of("due");
    private static readonly ulong s_thanks = WordHash.Of("thanks");
    private static readonly ulong s_result = WordHash.Of("result");
    private static readonly ulong s_led = WordHash.Of("led");
    private static readonly ulong s_leads = WordHash.Of("leads");
    private static readonly ulong s_linked = WordHash.Of("linked");
    private static readonly ulong s_contributed = WordHash.Of("contributed");
    private static readonly ulong s_responsible = WordHash.Of("responsible");
    private static readonly ulong s_for = WordHash.Of("for");
    private static readonly ulong s_record = WordHash.Of("record");
    private static readonly ulong s_ever = WordHash.Of("ever");
    private static readonly ulong s_found = WordHash.Of("found");
    private static readonly ulong s_shows = WordHash.Of("shows");
    private static readonly ulong s_showed = WordHash.Of("showed");
    private static readonly ulong s_that = WordHash.Of("that");

    /// <summary>Reads what, if anything, makes the sentence whose tokens are <paramref name="tokens"/> need a source.</summary>
    public static Reason Of(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) => Of(text, tokens, out _);

    /// <summary>
    /// Reads what, if anything, makes the sentence need a source, and where: the statistic's figure with its sign and unit,
    /// or the word that makes the claim (an empty span for none).
    /// </summary>
    public static Reason Of(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, out TextSpan cue)
    {
        cue = default;
        bool study = false;
        TextSpan firstNumber = default;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Number)
            {
                if (firstNumber.Length == 0)
                {
                    firstNumber = new TextSpan(t.Start, t.Length);
                }

                if (IsStatistic(text, tokens, i, out cue))
                {
                    return Reason.Statistic;
                }

                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            ulong h = t.Hash;
            ulong next = i + 1 < tokens.Length ? tokens[i + 1].Hash : 0;
            var reason = s_accusations.Contains(h) ? Reason.Accusation
                : IsCause(h, next, i + 2 < tokens.Length ? tokens[i + 2].Hash : 0) ? Reason.Cause
                : IsSuperlative(h, next, tokens, i) ? Reason.Superlative
                : s_forecasts.Contains(h) && ((h != s_set && h != s_bound) || next == s_to) ? Reason.Forecast
                : s_interpretation.Contains(h) ? Reason.Interpretation
                : Reason.None;
            if (reason != Reason.None)
            {
                cue = new TextSpan(t.Start, t.Length);
                return reason;
            }

            // "a study", "the survey", "data"; "found", "shows" only as "found that", "shows that": a finding stated as fact.
            if (s_studyWords.Contains(h))
            {
                study |= (h != s_found && h != s_shows && h != s_showed) || next == s_that;
            }
        }

        if (study && firstNumber.Length > 0)
        {
            cue = firstNumber;
            return Reason.Statistic;
        }

        return Reason.None;
    }

    /// <summary>The reason's name as a finding says it.</summary>
    public static string Describe(Reason reason) => reason switch
    {
        Reason.Statistic => "a statistic",
        Reason.Accusation => "an accusation",
        Reason.Cause => "a cause",
        Reason.Superlative => "a superlative",
        Reason.Forecast => "a forecast",
        Reason.Interpretation => "an interpretation",
        _ => "nothing",
    };

    // A number with a share, money or scale ("12%", "$3.3 billion", "2,000 percent", "a rate of 4.5"). A bare count ("killing
    // 19", "17,643 people") or a specification ("23 megapixels", "iPhone 4") is part of a reported event or a product.
    private static bool IsStatistic(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out TextSpan figure)
    {
        int start = tokens[i].Start;
        bool currency = i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] is '$' or '£' or '€' or '¥' or '₦';
        if (currency)
        {
            start = tokens[i - 1].Start;
        }

        int end = tokens[i].End;
        bool unit = false;
        for (int j = i + 1; j < tokens.Length && j <= i + 2; j++)
        {
            var n = tokens[j];
            if ((n.Kind == TokenKind.Punctuation && text[n.Start] == '%') || (n.Kind == TokenKind.Word && s_statisticUnits.Contains(n.Hash)))
            {
                unit = true;
                end = n.End;
                continue;
            }

            break;
        }

        figure = TextSpan.FromBounds(start, end);
        return currency || unit;
    }

    private static bool IsCause(ulong h, ulong next, ulong afterNext)
    {
        if (!s_causes.Contains(h))
        {
            return false;
        }

        // "due to", "thanks to", "as a result of", "led to", "linked to", "contributed to", "responsible for"; "because" and the
        // causal verbs on their own.
        if (h == s_due || h == s_thanks || h == s_led || h == s_leads || h == s_linked || h == s_contributed)
        {
            return next == s_to;
        }

        if (h == s_result)
        {
            return next == s_of;
        }

        return h != s_responsible || next == s_for || afterNext == s_for;
    }

    // A superlative is a claim when the sentence asserts it ("has become the deadliest place", "are the most affected") or
    // gives it a scope a reader would want measured ("the biggest in the world", "the worst since 2008"); as a description
    // ("Tunisia's most renowned museum", "the latest model") it names a thing and needs no source.
    private static bool IsSuperlative(ulong h, ulong next, ReadOnlySpan<Token> tokens, int i)
    {
        if (s_absolutes.Contains(h))
        {
            return true;
        }

        bool superlative;
        if (h == s_most || h == s_least)
        {
            // "most"/"least" before a word ("the most dangerous"), not "most of".
            superlative = next != 0 && next != s_of && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word;
        }
        else if (h == s_first)
        {
            return next == s_time || next == s_ever;
        }
        else if (h == s_record)
        {
            // "a record 40 degrees", "hit a record": a noun or an adjective of size, not "on the record".
            return i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Hash != s_the;
        }
        else
        {
            superlative = s_superlatives.Contains(h);
        }

        if (!superlative)
        {
            return false;
        }

        for (int k = Math.Max(0, i - 2); k < i; k++)
        {
            if (s_copulas.Contains(tokens[k].Hash))
            {
                return true;
            }
        }

        for (int k = i + 1; k < tokens.Length && k <= i + 7; k++)
        {
            if (s_scopes.Contains(tokens[k].Hash))
            {
                return true;
            }
        }

        return false;
    }

    // Words that make a claim absolute on their own.
    private static readonly FrozenSet<ulong> s_absolutes = WordHash.SetOf("unprecedented", "record-breaking", "never", "always", "everyone", "nobody", "no-one", "historic");

    private static readonly FrozenSet<ulong> s_copulas = WordHash.SetOf("is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "remains", "remained", "ranks", "ranked");

    private static readonly FrozenSet<ulong> s_scopes = WordHash.SetOf("ever", "world", "world's", "history", "record", "since", "decade", "decades", "years", "century", "country", "nation", "region", "all-time", "recorded");

    private static readonly ulong s_the = WordHash.Of("the");
}
