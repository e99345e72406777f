using SourceScore.Index;
using SourceScore.StanceReader;

namespace SourceScore.Signals.Agreement;

/// <summary>
/// Finds the earlier article, from another source, that an article was copied or reworded from: aligns the article
/// with each of the <see cref="Candidates"/> most similar related articles published no later than it
/// (<see cref="CopyAlignment"/>) and takes the one it is derived from with the largest share. A related article
/// derived from that same original (or the original from it) is not independent coverage either, so it is named
/// for the agreement signal to leave out. Thread-safe; costs a few alignments of two prints an article.
/// </summary>
internal static class CopyFinder
{
    /// <summary>Related articles aligned with the article, most similar first.</summary>
    public const int Candidates = 3;

    /// <summary>Steps taken back from a copy to the earlier article it copies (a copy of a copy of a copy).</summary>
    private const int MaxChain = 3;

    /// <summary>
    /// Of the aligned consecutive content-word pairs, the share kept in order from which a copy is a near-copy (a
    /// reprint) rather than a rewrite: a reprint keeps nearly all; a spinner's swaps or a paraphrase break most.
    /// </summary>
    public const double NearCopyVerbatim = 0.9;

    /// <summary>The outcome: the origin, or <see langword="null"/>, and the ids of the related articles derived from the same story text.</summary>
    public sealed record Outcome(CopyOrigin? Origin, IReadOnlySet<string> Dependent)
    {
        public static Outcome None { get; } = new(null, new HashSet<string>());
    }

    /// <summary>Looks for the origin of <paramref name="article"/> among <paramref name="others"/> (related articles from other sources, most similar first).</summary>
    public static Outcome Find(Article article, IReadOnlyList<RelatedArticle> others)
    {
        var print = article.Views.CopyPrint;
        if (print.Count == 0 || others.Count == 0)
        {
            return Outcome.None;
        }

        RelatedArticle? origin = null;
        CopyAlignmentResult? best = null;
        CopyPrint? originPrint = null;
        for (int r = 0; r < others.Count && r < Candidates; r++)
        {
            var candidate = others[r];
            if (article.Published is { } published && candidate.Published is { } earlier && earlier > published)
            {
                continue; // published after the article: if anything, it copied the article
            }

            var candidatePrint = PrintOf(candidate);
            var alignment = CopyAlignment.Align(print, candidatePrint);
            if (alignment.IsDerived && (best is null || alignment.Share > best.Share))
            {
                (origin, best, originPrint) = (candidate, alignment, candidatePrint);
            }
        }

        if (origin is null)
        {
            return Outcome.None;
        }

        // The origin may be a copy itself (several mills rewording one report): the original is then the earlier related
        // article the origin is derived from, when the article is derived from it too.
        for (int step = 0; step < MaxChain; step++)
        {
            var (earlier, alignment, earlierPrint) = EarlierOrigin(print, origin, originPrint!, others);
            if (earlier is null)
            {
                break;
            }

            (origin, best, originPrint) = (earlier, alignment, earlierPrint);
        }

        var dependent = new HashSet<string>(StringComparer.Ordinal) { origin.Id };
        foreach (var other in others)
        {
            if (ReferenceEquals(other, origin))
            {
                continue;
            }

            var otherPrint = PrintOf(other);
            if (CopyAlignment.Align(otherPrint, originPrint!).IsDerived || CopyAlignment.Align(originPrint!, otherPrint).IsDerived)
            {
                dependent.Add(other.Id);
            }
        }

        var kind = best!.Verbatim >= NearCopyVerbatim ? CopyKind.NearCopy : CopyKind.Reworded;
        bool credited = CopyCredit.Credits(article.Text, origin.Source);
        return new Outcome(new CopyOrigin(origin.Id, origin.Source, Math.Round(best.Share, 4), kind, credited, best.Passages), dependent);
    }

    /// <summary>
    /// Of the related articles earlier in the index than <paramref name="origin"/> that it is derived from, the one the
    /// article is derived from with the largest share, with that alignment and its print; nulls when there is none.
    /// </summary>
    private static (RelatedArticle? Earlier, CopyAlignmentResult? Alignment, CopyPrint? Print) EarlierOrigin(CopyPrint print, RelatedArticle origin, CopyPrint originPrint, IReadOnlyList<RelatedArticle> others)
    {
        (RelatedArticle? Earlier, CopyAlignmentResult? Alignment, CopyPrint? Print) found = (null, null, null);
        foreach (var other in others)
        {
            if (ReferenceEquals(other, origin) || other.Order <= 0 || other.Order >= origin.Order)
            {
                continue;
            }

            var otherPrint = PrintOf(other);
            if (!CopyAlignment.Align(originPrint, otherPrint).IsDerived)
            {
                continue;
            }

            var alignment = CopyAlignment.Align(print, otherPrint);
            if (alignment.IsDerived && (found.Alignment is null || alignment.Share > found.Alignment.Share))
            {
                found = (other, alignment, otherPrint);
            }
        }

        return found;
    }

    /// <summary>What the index kept of a related article, else a print of its text or opening.</summary>
    internal static CopyPrint PrintOf(RelatedArticle related)
    {
        if (related.Print is { } print)
        {
            return print;
        }

        return CopyPrint.Of(related.Text ?? related.Lead, StanceModel.Lexicon);
    }
}
