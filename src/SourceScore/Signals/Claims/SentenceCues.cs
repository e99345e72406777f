using SourceScore.Text;

namespace SourceScore.Signals.Claims;

/// <summary>What one sentence says about its own support: its attribution and how much it hedges.</summary>
/// <param name="Attribution">The kind of attribution found (named wins over vague).</param>
/// <param name="AttributionSpan">Where it is; empty when there is none.</param>
/// <param name="VagueSpan">The first vague cue, when there is one, even beside a named attribution.</param>
/// <param name="HedgeScore">Strong hedges count 2, weak ones 1.</param>
/// <param name="HedgeSpan">The first hedge, when there is one.</param>
/// <param name="StrongHedges">How many strong hedges ("probably", "perhaps", "it is possible") the sentence has.</param>
internal readonly record struct SentenceCues(AttributionKind Attribution, TextSpan AttributionSpan, TextSpan? VagueSpan, int HedgeScore, TextSpan? HedgeSpan, int StrongHedges)
{
    /// <summary>The hedge score at which a sentence counts as heavily hedged ("could possibly", "it is believed", or two weak hedges).</summary>
    public const int HeavyHedge = 2;

    /// <summary>Gets whether the sentence hedges heavily.</summary>
    public bool IsHedged => HedgeScore >= HeavyHedge;

    /// <summary>
    /// Gets whether the sentence uses weasel wording: vague attribution, or a strong hedge with no named source.
    /// Weak hedges alone ("may", "often") do not count: on wiki_weasel they are as common in plain statements.
    /// </summary>
    public bool IsWeasel => VagueSpan is not null || (StrongHedges > 0 && Attribution != AttributionKind.Named);

    /// <summary>
    /// Reads the attribution and hedging of one sentence. Looks at no more than the first
    /// <see cref="MaxTokens"/> words; allocation-free.
    /// </summary>
    public static SentenceCues Of(ReadOnlySpan<char> text, TextSpan sentence)
    {
        Span<Token> buffer = stackalloc Token[MaxTokens];
        return Of(text, WordScanner.Scan(text, sentence, buffer));
    }

    /// <summary>Words read at most in one sentence.</summary>
    public const int MaxTokens = 160;

    /// <summary>Reads the attribution and hedging of one sentence from its tokens (offsets into <paramref name="text"/>), scanned once by the caller.</summary>
    public static SentenceCues Of(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var named = default(TextSpan?);
        var vague = default(TextSpan?);
        var hedge = default(TextSpan?);
        int hedgeScore = 0;
        int strong = 0;

        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            // A link is a reference: "https://…", "www.…" up to the next space.
            if (IsWord(text, t, "http", "https", "www") && t.End < text.Length && text[t.End] is ':' or '.')
            {
                int end = t.End;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                named ??= TextSpan.FromBounds(t.Start, end);
            }

            if (ClaimLexicon.SpeechVerbs.Contains(t.Hash) || (t.Hash == ClaimLexicon.According && i + 1 < tokens.Length && tokens[i + 1].Hash == ClaimLexicon.To))
            {
                var (kind, span) = Speaker(text, tokens, i);
                if (kind == AttributionKind.Named)
                {
                    named ??= span;
                }
                else if (kind == AttributionKind.Vague)
                {
                    vague ??= span;
                }
            }

            if (!ClaimLexicon.PhrasesByFirstWord.TryGetValue(t.Hash, out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (!Matches(tokens, i, phrase) || !Applies(text, tokens, i, phrase))
                {
                    continue;
                }

                var span = TextSpan.FromBounds(t.Start, tokens[i + phrase.Words.Length - 1].End);
                switch (phrase.Kind)
                {
                    case CueKind.Vague:
                        vague ??= span;
                        break;
                    case CueKind.Document:
                        named ??= span;
                        break;
                    case CueKind.StrongHedge:
                        hedgeScore += 2;
                        strong++;
                        hedge ??= span;
                        break;
                    default:
                        hedgeScore += 1;
                        hedge ??= span;
                        break;
                }

                i += phrase.Words.Length - 1;
                break;
            }
        }

        var attribution = named is not null ? AttributionKind.Named : vague is not null ? AttributionKind.Vague : AttributionKind.None;
        var attributionSpan = named ?? vague ?? default;
        return new SentenceCues(attribution, attributionSpan, vague, hedgeScore, hedge, strong);
    }

    /// <summary>Who speaks through the speech verb (or "according to") at <paramref name="v"/>, and the span naming them.</summary>
    private static (AttributionKind Kind, TextSpan Span) Speaker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int v)
    {
        var verb = tokens[v];
        if (verb.Hash == ClaimLexicon.According)
        {
            // "according to the ministry", "according to Reuters", "according to experts".
            int end = Math.Min(tokens.Length, v + 7);
            for (int j = v + 2; j < end && tokens[j].Kind != TokenKind.Punctuation; j++)
            {
                var kind = Judge(text, tokens, j, subjectStart: false);
                if (kind != AttributionKind.None)
                {
                    return (kind, TextSpan.FromBounds(verb.Start, tokens[j].End));
                }
            }

            return (AttributionKind.None, default);
        }

        // The subject before the verb ("Shehu said", "the ministry said", "experts say"), up to a clause break.
        for (int j = v - 1; j >= 0 && j >= v - 6; j--)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (text[t.Start] is ',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '(' or ')')
                {
                    break;
                }

                continue;
            }

            var kind = Judge(text, tokens, j, subjectStart: j == 0);
            if (kind == AttributionKind.Vague && !ClaimLexicon.OpinionVerbs.Contains(verb.Hash))
            {
                // "Scientists found", "most cited": a group that reports findings is not a weasel.
                return (AttributionKind.None, default);
            }

            if (kind != AttributionKind.None)
            {
                return (kind, TextSpan.FromBounds(t.Start, verb.End));
            }
        }

        // Inverted: "said Shehu", "said the ministry", "says a report".
        for (int j = v + 1; j < tokens.Length && j <= v + 3; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                break;
            }

            // Only a name or a source noun after the verb: "said Shehu", "said the ministry"; "found at various" names nobody.
            if (Judge(text, tokens, j, subjectStart: false) == AttributionKind.Named)
            {
                return (AttributionKind.Named, TextSpan.FromBounds(verb.Start, t.End));
            }
        }

        return (AttributionKind.None, default);
    }

    /// <summary>Whether one word names a source (a name, a source noun, a pronoun standing for one) or names nobody in particular.</summary>
    private static AttributionKind Judge(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j, bool subjectStart)
    {
        var t = tokens[j];
        if (t.Kind != TokenKind.Word)
        {
            return AttributionKind.None;
        }

        if (ClaimLexicon.GroupNouns.Contains(t.Hash) || ClaimLexicon.VagueQuantifiers.Contains(t.Hash))
        {
            // "Nigerian officials", "Pentagon sources": a name before the group still names nobody in particular.
            return AttributionKind.Vague;
        }

        if (ClaimLexicon.SourceNouns.Contains(t.Hash) || ClaimLexicon.Pronouns.Contains(t.Hash))
        {
            return AttributionKind.Named;
        }

        // A capitalised word is a name, except at the start of the sentence where every word is capitalised.
        return char.IsUpper(text[t.Start]) && !(subjectStart && SentenceSplitter.IsOpener(text, t.Start))
            ? AttributionKind.Named
            : AttributionKind.None;
    }

    private static bool Matches(ReadOnlySpan<Token> tokens, int i, CuePhrase phrase)
    {
        if (i + phrase.Words.Length > tokens.Length)
        {
            return false;
        }

        for (int k = 1; k < phrase.Words.Length; k++)
        {
            if (tokens[i + k].Hash != phrase.Words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Context a cue needs: approximators ("about", "nearly") hedge only a number; "May" mid-sentence is the month.</summary>
    private static bool Applies(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, CuePhrase phrase)
    {
        var t = tokens[i];
        if (phrase.Words.Length == 1 && phrase.Kind == CueKind.WeakHedge && IsWord(text, t, "about", "around", "roughly", "approximately", "nearly", "almost"))
        {
            return i + 1 < tokens.Length && (tokens[i + 1].Kind == TokenKind.Number || (tokens[i + 1].Kind == TokenKind.Punctuation && text[tokens[i + 1].Start] is '$' or '£' or '€'));
        }

        return i == 0 || !char.IsUpper(text[t.Start]) || phrase.Words.Length > 1;
    }

    private static bool IsWord(ReadOnlySpan<char> text, Token t, params ReadOnlySpan<string> words)
    {
        var w = text.Slice(t.Start, t.Length);
        foreach (var word in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
