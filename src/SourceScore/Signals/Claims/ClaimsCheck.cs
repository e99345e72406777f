using System.Buffers;
using System.Globalization;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Signals.Claims;

/// <summary>
/// Reads an article sentence by sentence: how likely each makes a check-worthy factual claim (the embedded
/// model, models/claims-v1.md), what backs it, and how much it hedges; records the per-sentence view for the
/// claims signal and reports unsupported claims (SS3001), unsourced figures (SS3002), weasel attribution
/// (SS3003) and heavy hedging (SS3004).
/// </summary>
/// <remarks>
/// <para>Attribution governs more than its own sentence, as an editor reads it: a sentence inside a quotation
/// opened earlier takes the quotation's attribution; a sentence that opens a new quotation takes the attribution
/// of the sentence before it when that one is in the same or the previous paragraph ("…," Shehu said. "They
/// actually…"); the sentence right after an attributed one takes its attribution; and an attribution anywhere in a
/// paragraph governs the paragraph's other sentences, before and after it.</para>
/// <para>A check-worthy claim with no attribution is unsupported only when it needs a source
/// (<see cref="SourcingNeed"/>: a statistic, an accusation, a cause, a superlative, a forecast, an interpretation); a reported fact in
/// the reporter's own voice is supported by the reporting.</para>
/// <para>Each sentence's tokens are scanned once and shared by the cues and the features. Stateless and
/// thread-safe.</para>
/// </remarks>
internal sealed class ClaimsCheck : ICheck
{
    private readonly ClaimsOptions _options;
    private readonly ClaimWeights? _weights;

    public ClaimsCheck(ClaimsOptions options, ClaimWeights? weights = null)
    {
        _options = options;
        _weights = weights;
    }

    public IReadOnlyList<Rule> Rules => ClaimRules.All;

    public void Run(CheckContext context)
    {
        var weights = _weights ?? ClaimsModel.Weights;
        // The model's probability p is reported on the contract's scale, its training threshold at 0.5; the decision is made
        // on that scale (0.5, or the user's own threshold).
        double modelThreshold = weights.DecisionThreshold;
        double threshold = _options.CheckWorthyThreshold ?? 0.5;
        var text = context.Text;
        var sentences = context.Sentences;
        if (sentences.Length == 0)
        {
            context.ClaimSentences = [];
            return;
        }

        var lines = context.Lines;
        int f = ClaimFeatures.Count;
        var read = ArrayPool<Reading>.Shared.Rent(sentences.Length);
        var rows = ArrayPool<float>.Shared.Rent(sentences.Length * f);
        var probabilities = ArrayPool<double>.Shared.Rent(sentences.Length);
        try
        {
            Span<Token> buffer = stackalloc Token[SentenceCues.MaxTokens];
            var quotes = default(QuoteState);
            var carried = default(Carried);
            int line = 0;

            // Forward: each sentence's cues and features, and the attribution that governs it from before.
            for (int s = 0; s < sentences.Length; s++)
            {
                if ((s & 63) == 63)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                }

                var sentence = sentences[s];
                int previousLine = line;
                while (line + 1 < lines.Length && lines[line].End < sentence.Start)
                {
                    line++;
                }

                bool newParagraph = s == 0 || line != previousLine;
                bool continuesQuote = quotes.ReadTo(text, sentence.Start);
                var tokens = WordScanner.Scan(text, sentence, buffer);
                var cues = SentenceCues.Of(text, tokens);
                ClaimFeatures.Extract(text, tokens, cues, weights, rows.AsSpan(s * f, f));
                bool opensQuote = tokens.Length > 0 && tokens[0].Kind == TokenKind.Punctuation && text[tokens[0].Start] is '"' or '\u201C';

                ClaimAttribution? attribution = cues.Attribution == AttributionKind.None ? null : new ClaimAttribution(cues.AttributionSpan, cues.Attribution);
                if (attribution is null && carried.Attribution is { } governing
                    && (continuesQuote
                        || (opensQuote && line - carried.Line <= 1)
                        || carried.Sentence == s - 1
                        || (!newParagraph && carried.Line == line)))
                {
                    attribution = governing;
                }
                else if (attribution is not null)
                {
                    carried = new Carried(attribution, line, s);
                }

                var need = SourcingNeed.Of(text, tokens, out var needCue);
                read[s] = new Reading(cues, attribution, line, continuesQuote, opensQuote || continuesQuote, need, needCue);
            }

            // The model, all sentences at once (tree by tree: much faster than one sentence at a time).
            ClaimsModel.Probabilities(rows.AsSpan(0, sentences.Length * f), probabilities.AsSpan(0, sentences.Length));

            // Backward: a quotation whose speaker comes at its end ("We will fight. We will win," he said.) is his from its start,
            // and a paragraph whose source is named in a later sentence ("Gunmen opened fire. Nineteen died, police said.") is
            // that source's from its start.
            for (int s = sentences.Length - 2; s >= 0; s--)
            {
                ref var r = ref read[s];
                var next = read[s + 1];
                if (r.Attribution is null && next.Line == r.Line && next.Attribution is { } later && (!r.Quoted || next.ContinuesQuote))
                {
                    r = r with { Attribution = later };
                }
            }

            var results = new ClaimSentence[sentences.Length];
            for (int s = 0; s < sentences.Length; s++)
            {
                var r = read[s];
                if (context.IsHouseLine(sentences[s]) || context.IsFurniture(sentences[s]))
                {
                    // The outlet's own sign-off or tagline (its house boilerplate), or page furniture left in the text (a block of
                    // other stories' headlines, a sales footer: the markup signal reports it): not a claim of the article.
                    results[s] = new ClaimSentence(sentences[s], 0, null, false, ClaimVerdict.NotCheckWorthy);
                    continue;
                }

                // Rounded as written, so the verdict and the reported value agree at the boundary.
                double p = Math.Round(DecisionScale.AtHalf(probabilities[s], modelThreshold), 4);
                // A check-worthy claim with no attribution is unsupported only when a reader could not take it on the
                // reporter's word; a reported fact in the reporter's own voice is supported by the reporting itself.
                var verdict = p < threshold ? ClaimVerdict.NotCheckWorthy
                    : r.Attribution?.Kind == AttributionKind.Named ? ClaimVerdict.Supported
                    : r.Attribution?.Kind == AttributionKind.Vague ? ClaimVerdict.Vague
                    : r.Need != SourcingNeed.Reason.None ? ClaimVerdict.Unsupported
                    : ClaimVerdict.Supported;
                // A claim whose finding is off or suppressed by the editor ("checked, keep it") does not count as unsupported.
                var rule = verdict == ClaimVerdict.Vague ? ClaimRules.WeaselAttribution : r.Need == SourcingNeed.Reason.Statistic ? ClaimRules.UnsourcedFigure : ClaimRules.UnsupportedClaim;
                bool waived = verdict is ClaimVerdict.Unsupported or ClaimVerdict.Vague && !context.Counts(rule, sentences[s]);
                results[s] = new ClaimSentence(sentences[s], p, r.Attribution, r.Cues.IsHedged, verdict) { Waived = waived };
                Report(context, text, sentences[s], r, p, verdict);
            }

            context.ClaimSentences = results;
        }
        finally
        {
            ArrayPool<Reading>.Shared.Return(read, clearArray: true);
            ArrayPool<float>.Shared.Return(rows);
            ArrayPool<double>.Shared.Return(probabilities);
        }
    }

    /// <summary>What the forward pass read of one sentence.</summary>
    private readonly record struct Reading(SentenceCues Cues, ClaimAttribution? Attribution, int Line, bool ContinuesQuote, bool Quoted, SourcingNeed.Reason Need, TextSpan NeedCue);

    /// <summary>The latest attribution, its paragraph and its sentence: it governs the next sentence and the rest of its paragraph.</summary>
    private readonly record struct Carried(ClaimAttribution? Attribution, int Line, int Sentence);

    private static void Report(CheckContext context, ReadOnlySpan<char> text, TextSpan sentence, in Reading reading, double p, ClaimVerdict verdict)
    {
        var cues = reading.Cues;
        bool named = reading.Attribution?.Kind == AttributionKind.Named;
        if (verdict == ClaimVerdict.Unsupported)
        {
            string cue = text.Slice(reading.NeedCue.Start, reading.NeedCue.Length).ToString();
            if (reading.Need == SourcingNeed.Reason.Statistic)
            {
                context.Report(ClaimRules.UnsourcedFigure, sentence, cue);
            }
            else
            {
                context.Report(ClaimRules.UnsupportedClaim, sentence, p.ToString("0.00", CultureInfo.InvariantCulture), SourcingNeed.Describe(reading.Need), cue);
            }
        }

        // A strong hedge is a weasel only when nobody named stands behind the sentence (its own attribution or the quotation's).
        var weasel = cues.VagueSpan ?? (cues.StrongHedges > 0 && !named ? cues.HedgeSpan : null);
        if (weasel is { } w)
        {
            context.Report(ClaimRules.WeaselAttribution, w, text.Slice(w.Start, w.Length).ToString());
        }

        if (cues.IsHedged && cues.HedgeSpan is { } h && h != weasel)
        {
            context.Report(ClaimRules.HeavyHedging, h, text.Slice(h.Start, h.Length).ToString());
        }
    }
}
