using System.Globalization;

namespace SourceScore.Signals.Machine;

/// <summary>
/// Judges whether the prose was written or rewritten by a machine: computes <see cref="MachineFeatures"/>
/// in one pass, asks the embedded model (models/machine-v1.md), records the risk for the signal, and
/// reports the evidence an editor can act on: misspellings with their correction, likely synonym swaps
/// with the usual wording, stock phrases, template headings and punctuation slips (SS2002–SS2006), plus
/// one SS2001 finding on the sentence with the most evidence when the text as a whole reads as
/// machine-written, or SS2007 when the text is too short to judge.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class MachineProseCheck : ICheck
{
    /// <summary>The highest risk a text under the minimum length can get.</summary>
    public const double MaxShortTextRisk = 0.25;

    private readonly MachineOptions _options;
    private readonly NewsLexicon? _lexicon;
    private readonly IMachineEvidence? _evidence;

    public MachineProseCheck(MachineOptions options, NewsLexicon? lexicon = null, IMachineEvidence? evidence = null)
    {
        _options = options;
        _lexicon = lexicon;
        _evidence = evidence;
    }

    /// <summary>Gets whether stronger evidence (<see cref="IMachineEvidence"/>) judges in place of the fast model.</summary>
    public bool HasEvidence => _evidence is not null;

    /// <summary>The same check, judged by <paramref name="evidence"/> in place of the fast model.</summary>
    public MachineProseCheck WithEvidence(IMachineEvidence evidence) => new(_options, _lexicon, evidence);

    public IReadOnlyList<Rule> Rules => MachineRules.All;

    public void Run(CheckContext context)
    {
        var lexicon = _lexicon ?? MachineModel.Lexicon;
        var text = context.Text;
        var features = new float[MachineFeatures.Count];
        var cues = new List<MachineCue>();
        int words = MachineFeatures.Extract(text, context.Lines, context.Sentences, lexicon, features, cues, context.House);
        var judgement = _evidence?.Judge(context, features)
            ?? new MachineJudgement(MachineModel.Probability(features), lexicon.DecisionThreshold, default);
        double probability = judgement.Probability;
        double risk = MachineModel.Risk(probability, judgement.Threshold);
        bool tooShort = words < _options.MinWords;
        if (tooShort)
        {
            // Detectors misfire on short texts: say so, and shrink the risk with the length, well below the decision point.
            double share = words / (double)Math.Max(1, _options.MinWords);
            risk = Math.Min(risk * share * share, MaxShortTextRisk);
            if (words > 0)
            {
                context.Report(MachineRules.TooShortToJudge, new TextSpan(0, 0), words);
            }
        }

        context.SetRisk(Signal.Machine, Math.Round(risk, 4));
        foreach (var cue in cues)
        {
            Report(context, text, cue);
        }

        if (!tooShort && risk >= 0.5)
        {
            // With no slip to point at, the deep tier's most machine-like sentence is the place to look.
            bool bySentence = cues.Count == 0 && judgement.MostMachineLike.Length > 0;
            var span = bySentence ? judgement.MostMachineLike : DensestSentence(context.Sentences, cues);
            string reason = bySentence
                ? "its wording reads like generated news, this sentence most (sentence embeddings)"
                : Explain(cues);
            context.Report(MachineRules.MachineProse, span, probability.ToString("0.00", CultureInfo.InvariantCulture), reason);
        }
    }

    private static void Report(CheckContext context, ReadOnlySpan<char> text, MachineCue cue)
    {
        string excerpt = text.Slice(cue.Span.Start, cue.Span.Length).ToString();
        switch (cue.Kind)
        {
            case MachineCueKind.StockPhrase:
                context.Report(MachineRules.StockPhrase, cue.Span, excerpt);
                break;
            case MachineCueKind.Misspelling:
                context.Report(MachineRules.Misspelling, cue.Span, excerpt, cue.Suggestion);
                break;
            case MachineCueKind.SwappedWord:
                context.Report(MachineRules.SwappedWord, cue.Span, excerpt, cue.Suggestion);
                break;
            case MachineCueKind.TemplateHeading:
                context.Report(MachineRules.TemplateHeading, cue.Span, excerpt);
                break;
            case MachineCueKind.MissingSpace:
                context.Report(MachineRules.PunctuationSlip, cue.Span, "No space after the punctuation mark", excerpt);
                break;
            case MachineCueKind.SpaceBefore:
                context.Report(MachineRules.PunctuationSlip, cue.Span, "A space before the punctuation mark", excerpt);
                break;
            default:
                break;
        }
    }

    private static string Explain(List<MachineCue> cues)
    {
        int phrases = 0, misspellings = 0, swaps = 0, headings = 0, slips = 0;
        foreach (var cue in cues)
        {
            switch (cue.Kind)
            {
                case MachineCueKind.StockPhrase: phrases++; break;
                case MachineCueKind.Misspelling: misspellings++; break;
                case MachineCueKind.SwappedWord: swaps++; break;
                case MachineCueKind.TemplateHeading: headings++; break;
                default: slips++; break;
            }
        }

        var parts = new List<string>(5);
        Add(parts, swaps, "likely synonym swap", "likely synonym swaps");
        Add(parts, misspellings, "misspelling", "misspellings");
        Add(parts, slips, "punctuation slip", "punctuation slips");
        Add(parts, phrases, "stock phrase", "stock phrases");
        Add(parts, headings, "template heading", "template headings");
        return parts.Count == 0
            ? "its sentence rhythm and word choice resemble generated news more than human reporting"
            : "the evidence: " + string.Join(", ", parts);

        static void Add(List<string> parts, int n, string one, string many)
        {
            if (n > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}"));
            }
        }
    }

    /// <summary>The sentence holding the most evidence; the first sentence when there is none.</summary>
    private static TextSpan DensestSentence(ReadOnlySpan<TextSpan> sentences, List<MachineCue> cues)
    {
        if (sentences.IsEmpty)
        {
            return default;
        }

        var best = sentences[0];
        int bestCount = 0;
        foreach (var sentence in sentences)
        {
            int count = 0;
            foreach (var cue in cues)
            {
                if (cue.Span.Start >= sentence.Start && cue.Span.Start < sentence.End)
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                (best, bestCount) = (sentence, count);
            }
        }

        return best;
    }
}
