using System.Globalization;
using SourceScore.Scoring;
using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Signals.Agreement;

/// <summary>What the agreement check concluded about one article.</summary>
/// <param name="Related">Related articles from other sources.</param>
/// <param name="Corroborated">Claims that related coverage corroborates.</param>
/// <param name="Contradicted">Claims that related coverage contradicts.</param>
/// <param name="UncreditedCopy">Whether the article is an uncredited copy of another, reported (its rule not suppressed): it costs the signal.</param>
internal sealed record AgreementOutcome(int Related, int Corroborated, int Contradicted, bool UncreditedCopy = false);

/// <summary>What the ordered step found: the related articles of the story index, most similar first.</summary>
/// <param name="Articles">The related articles (from every source).</param>
internal sealed record RelatedCoverage(IReadOnlyList<RelatedArticle> Articles);

/// <summary>
/// Compares an article with earlier coverage of its story: looks the story up in the <see cref="ICorpusIndex"/>
/// (then adds the article, so later ones see it), finds the article it was copied or reworded from
/// (<see cref="CopyFinder"/>: that article, and others derived from it, are not independent coverage and are left
/// out), and marks each of the article's most check-worthy claims corroborated, contradicted, only discussed or
/// unverified against the openings of the independent related articles — by the stance model (claim as headline,
/// the related opening as body) and by <see cref="RelationDirection"/> for claims that move a party the other way. In a stream the lookup and the
/// addition run in input order (<see cref="Scoring.SequenceGate"/>); the comparisons run in parallel.
/// </summary>
internal sealed class AgreementCheck(ICorpusIndex index, AgreementOptions options) : IOrderedCheck
{
    /// <summary>Words a sentence needs to be compared as a claim when the claims signal is not configured.</summary>
    private const int MinClaimWords = 8;

    /// <summary>Reused passages reported as findings (the rest are in <see cref="ArticleScore.CopiedFrom"/>).</summary>
    private const int MaxCopyFindings = 8;

    /// <summary>Characters of a related sentence quoted in a finding.</summary>
    private const int MaxQuote = 160;

    /// <summary>Related openings kept read (<see cref="LeadDocuments"/>): about 30 MB at most.</summary>
    private const int LeadCacheEntries = 2048;

    /// <summary>
    /// Related bodies the stance model reads each claim against, those bearing on it most: the model's work (most of
    /// the signal's time) grows with it, and a body that shares less with the claim seldom decides it. A party moved the
    /// other way is still looked for in every body.
    /// </summary>
    internal const int BodiesPerClaim = 3;

    private readonly LeadDocuments _leads = new(LeadCacheEntries);

    public IReadOnlyList<Rule> Rules => AgreementRules.All;

    public ICorpusIndex Index => index;

    /// <summary>
    /// The ordered step: looks the article's story up in the index, then adds the article (in a stream, in input order,
    /// through the context's ticket), and keeps what it found for <see cref="Run"/>. The scorer runs it before the
    /// other checks; <see cref="Run"/> runs it itself when it has not run.
    /// </summary>
    public void LookUp(CheckContext context)
    {
        if (context.StateOf<RelatedCoverage>() is not null)
        {
            return;
        }

        var ticket = context.Ticket;
        if (ticket is not null && index is CorpusIndex)
        {
            // Read the story profile the index looks up and keeps before taking the turn, not while later articles wait.
            _ = context.Article.Views.Profile;
        }

        ticket?.Enter(context.CancellationToken);
        try
        {
            context.SetState(new RelatedCoverage(index.FindRelated(context.Article, options.MaxRelated)));
            if (options.AddScoredArticles)
            {
                index.Add(context.Article);
            }
        }
        finally
        {
            ticket?.Leave();
        }
    }

    public void Run(CheckContext context)
    {
        var article = context.Article;
        LookUp(context);
        var related = context.StateOf<RelatedCoverage>()!.Articles;
        var others = related.Where(r => r.Source.Length == 0 || !string.Equals(r.Source, article.Source, StringComparison.OrdinalIgnoreCase)).ToList();
        var copy = options.DetectCopies ? CopyFinder.Find(article, others) : CopyFinder.Outcome.None;
        bool uncredited = false;
        if (copy.Origin is { } origin)
        {
            context.CopiedFrom = origin;
            uncredited = ReportCopy(context, origin);
            others = others.Where(r => !copy.Dependent.Contains(r.Id)).ToList();
        }

        if (others.Count == 0)
        {
            context.SetState(new AgreementOutcome(0, 0, 0, uncredited));
            return;
        }

        var text = context.Article.Text;
        var lexicon = context.House.Lexicon(StanceModel.Lexicon);
        var bodies = others.Select(r => new Body(r, _leads.Get(r, lexicon))).ToList();
        var claims = Claims(context, bodies);
        var verdicts = Compare(text, claims, bodies);
        int corroborated = 0, contradicted = 0;
        for (int c = 0; c < claims.Count; c++)
        {
            var (verdict, b, sentence) = verdicts[c];
            var claim = claims[c].Span;
            var by = b < 0 ? null : bodies[b];
            if (by is not null && sentence < 0)
            {
                sentence = BestSentence(claims[c].Document, by.Document);
            }

            switch (verdict)
            {
                case Verdict.Contradicted:
                    contradicted++;
                    context.Report(AgreementRules.ContradictedClaim, claim, by!.Related.Id, Quote(by, sentence));
                    break;
                case Verdict.Corroborated:
                    corroborated++;
                    context.Report(AgreementRules.CorroboratedClaim, claim, by!.Related.Id, Quote(by, sentence));
                    break;
                case Verdict.Discussed:
                    context.Report(AgreementRules.DiscussedClaim, claim, by!.Related.Id, Quote(by, sentence));
                    break;
                default:
                    context.Report(AgreementRules.UnverifiedClaim, claim, others.Count);
                    break;
            }
        }

        context.SetState(new AgreementOutcome(others.Count, corroborated, contradicted, uncredited));
    }

    /// <summary>
    /// Each claim's verdict against the related bodies: the strongest found, the first body giving it, and the body's
    /// sentence that showed it (-1: the sentence sharing most with the claim, found later for the chosen body only).
    /// A claim that moves a party the other way from a body's sentence is contradicted by it; otherwise the stance
    /// model reads the claim against the bodies that share most with it (<see cref="ComparedBodies"/>; all pairs in
    /// one batch); a pair not read is unrelated.
    /// </summary>
    private (Verdict Verdict, int Body, int Sentence)[] Compare(string text, List<Claim> claims, List<Body> bodies)
    {
        var result = new (Verdict Verdict, int Body, int Sentence)[claims.Count];
        var pairs = new List<(int Claim, int Body)>(claims.Count * bodies.Count);
        Span<int> read = stackalloc int[BodiesPerClaim];
        for (int c = 0; c < claims.Count; c++)
        {
            result[c] = (Verdict.Unverified, -1, -1);
            var relation = RelationDirection.Read(text, claims[c].Span);
            int n = ComparedBodies(claims[c].Shared, read);
            for (int b = 0; b < bodies.Count; b++)
            {
                int conflict = relation.Parties.Length > 0 ? ConflictingSentence(relation, bodies[b]) : -1;
                if (conflict >= 0)
                {
                    if (result[c].Verdict != Verdict.Contradicted)
                    {
                        result[c] = (Verdict.Contradicted, b, conflict);
                    }
                }
                else if (read[..n].Contains(b))
                {
                    pairs.Add((c, b));
                }
            }
        }

        if (pairs.Count == 0)
        {
            return result;
        }

        var predictions = new StancePrediction[pairs.Count];
        StanceModel.PredictMany(pairs.Select(p => (claims[p.Claim].Document, bodies[p.Body].Document)).ToList(), predictions);
        for (int i = 0; i < pairs.Count; i++)
        {
            var (c, b) = pairs[i];
            var p = predictions[i];
            var verdict = p.Stance switch
            {
                Stance.Disagree when p.Disagree >= options.ContradictionProbability => Verdict.Contradicted,
                Stance.Agree => Verdict.Corroborated,
                Stance.Discuss or Stance.Disagree => Verdict.Discussed,
                _ => Verdict.Unverified,
            };

            // Bodies are compared in order and the first to give the strongest verdict is the one named.
            var (current, at, _) = result[c];
            if (verdict > current || (verdict == current && verdict != Verdict.Unverified && b < at))
            {
                result[c] = (verdict, b, -1);
            }
        }

        return result;
    }

    /// <summary>
    /// The bodies the stance model reads a claim against: the <see cref="BodiesPerClaim"/> sharing the most IDF weight
    /// with it (ties: the earlier), of those sharing any. Returns how many, written to <paramref name="bodies"/>.
    /// </summary>
    internal static int ComparedBodies(double[] shared, Span<int> bodies)
    {
        int n = 0;
        for (int b = 0; b < shared.Length; b++)
        {
            if (shared[b] <= 0)
            {
                continue;
            }

            // Insertion into the best-first list, kept at most BodiesPerClaim long.
            int at = n;
            while (at > 0 && shared[bodies[at - 1]] < shared[b])
            {
                at--;
            }

            if (at < BodiesPerClaim)
            {
                n = Math.Min(n + 1, BodiesPerClaim);
                for (int m = n - 1; m > at; m--)
                {
                    bodies[m] = bodies[m - 1];
                }

                bodies[at] = b;
            }
        }

        return n;
    }

    /// <summary>The first sentence of the body that moves a party of the claim the other way, or -1.</summary>
    private static int ConflictingSentence((PartyDirection[] Parties, ulong[] Names) relation, Body body)
    {
        for (int s = 0; s < body.Document.SentenceCount; s++)
        {
            if (RelationDirection.Conflict(relation, body.Opening.Relation(s)) != 0)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>The sentence of the body that shares the most IDF weight with the claim.</summary>
    private static int BestSentence(StanceDocument claim, StanceDocument body)
    {
        var lexicon = StanceModel.Lexicon;
        int best = -1;
        double bestScore = 0;
        for (int s = 0; s < body.SentenceCount; s++)
        {
            double score = 0;
            var terms = body.SentenceTerms(s);
            foreach (ulong key in claim.VectorKeys)
            {
                if (terms.Contains(key))
                {
                    score += lexicon.Idf(key);
                }
            }

            if (score > bestScore)
            {
                (best, bestScore) = (s, score);
            }
        }

        return best;
    }

    /// <summary>
    /// Reports the copy, one finding a reused passage (at most <see cref="MaxCopyFindings"/>): credited (SS4007), else a
    /// near-copy (SS4005) or a reworded one (SS4006). Returns whether an uncredited copy was reported (not suppressed).
    /// </summary>
    private static bool ReportCopy(CheckContext context, CopyOrigin origin)
    {
        var rule = origin.Credited ? AgreementRules.CreditedCopy : origin.Kind == CopyKind.NearCopy ? AgreementRules.NearCopy : AgreementRules.RewordedCopy;
        string from = origin.Source.Length > 0 ? $" ({origin.Source})" : string.Empty;
        string share = origin.Share.ToString("P0", CultureInfo.InvariantCulture);
        foreach (var passage in origin.Passages.Take(MaxCopyFindings))
        {
            context.Report(rule, passage.Span, origin.Id, from, share, passage.Original.Start, passage.Original.End);
        }

        return !origin.Credited && context.IsOn(rule);
    }

    /// <summary>
    /// The claims to compare: the check-worthy sentences (without the claims signal, the longer sentences), those the
    /// related coverage bears on most first — by the IDF weight of their terms found in a related article — then the
    /// most check-worthy; at most <see cref="AgreementOptions.MaxClaims"/>, in text order.
    /// </summary>
    private List<Claim> Claims(CheckContext context, List<Body> bodies)
    {
        var candidates = new List<(TextSpan Span, double CheckWorthiness)>();
        if (context.ClaimSentences.Count > 0)
        {
            candidates.AddRange(context.ClaimSentences.Where(s => s.Verdict != ClaimVerdict.NotCheckWorthy).Select(s => (s.Span, s.CheckWorthiness)));
        }
        else
        {
            foreach (var sentence in context.Sentences)
            {
                if (TextScan.CountWords(context.Text.Slice(sentence.Start, sentence.Length)) >= MinClaimWords)
                {
                    candidates.Add((sentence, 0));
                }
            }
        }

        var lexicon = context.House.Lexicon(StanceModel.Lexicon);
        string text = context.Article.Text;
        using var related = new RelatedTerms([.. bodies.Select(b => b.Document)], lexicon);
        var scored = new List<(TextSpan Span, double[] Shared, double Bearing, double CheckWorthiness)>(candidates.Count);
        foreach (var (span, p) in candidates)
        {
            var shared = new double[bodies.Count];
            related.Share(text, span, shared);
            scored.Add((span, shared, shared.Max(), p));
        }

        // Only the claims kept are read whole.
        return [.. scored.OrderByDescending(c => c.Bearing).ThenByDescending(c => c.CheckWorthiness).Take(options.MaxClaims)
            .OrderBy(c => c.Span.Start).Select(c => new Claim(c.Span, StanceDocument.Of(text, [c.Span], lexicon), c.Shared))];
    }

    private static string Quote(Body body, int sentence)
    {
        var doc = body.Document;
        if (sentence < 0 || sentence >= doc.SentenceCount)
        {
            return string.Empty;
        }

        var span = doc.Sentences[sentence];
        var quote = doc.Text.AsSpan(span.Start, span.Length).Trim();
        string flat = string.Join(' ', quote.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxQuote ? flat : string.Concat(flat.AsSpan(0, MaxQuote - 1), "\u2026");
    }

    private enum Verdict
    {
        Unverified,
        Discussed,
        Corroborated,
        Contradicted,
    }

    /// <summary>A claim to compare: its sentence, read, and the IDF weight of its terms found in each related body.</summary>
    private sealed record Claim(TextSpan Span, StanceDocument Document, double[] Shared);

    /// <summary>A related article and its opening, read for comparison.</summary>
    private sealed record Body(RelatedArticle Related, ReadOpening Opening)
    {
        public StanceDocument Document => Opening.Document;
    }
}
