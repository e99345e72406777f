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

        // Each related article's print, and the article aligned with it, made once whatever asks for them.
        var prints = new CopyPrint?[others.Count];
        var articleWith = new CopyAlignmentResult?[others.Count];
        int origin = -1;
        for (int r = 0; r < others.Count && r < Candidates; r++)
        {
            var candidate = others[r];
            if (article.Published is { } published && candidate.Published is { } earlier && earlier > published)
            {
                continue; // published after the article: if anything, it copied the article
            }

            var alignment = ArticleWith(r);
            if (alignment.IsDerived && (origin < 0 || alignment.Share > articleWith[origin]!.Share))
            {
                origin = r;
            }
        }

        if (origin < 0)
        {
            return Outcome.None;
        }

        // The origin may be a copy itself (several mills rewording one report): the original is then the earlier related
        // article the origin is derived from, when the article is derived from it too. originFrom[j]: whether the current
        // origin is derived from related article j, where that was aligned (the dependence test below reads it too).
        var originFrom = new bool?[others.Count];
        for (int step = 0; step < MaxChain; step++)
        {
            int root = -1;
            for (int j = 0; j < others.Count; j++)
            {
                if (j == origin || others[j].Order <= 0 || others[j].Order >= others[origin].Order)
                {
                    continue;
                }

                originFrom[j] = CopyAlignment.Align(PrintAt(origin), PrintAt(j)).IsDerived;
                if (originFrom[j] == true && ArticleWith(j) is { IsDerived: true } alignment && (root < 0 || alignment.Share > articleWith[root]!.Share))
                {
                    root = j;
                }
            }

            if (root < 0)
            {
                break;
            }

            origin = root;
            Array.Clear(originFrom);
        }

        var dependent = new HashSet<string>(StringComparer.Ordinal) { others[origin].Id };
        for (int j = 0; j < others.Count; j++)
        {
            if (j != origin && (originFrom[j] == true || CopyAlignment.Align(PrintAt(j), PrintAt(origin)).IsDerived
                || (originFrom[j] is null && CopyAlignment.Align(PrintAt(origin), PrintAt(j)).IsDerived)))
            {
                dependent.Add(others[j].Id);
            }
        }

        var best = articleWith[origin]!;
        var kind = best.Verbatim >= NearCopyVerbatim ? CopyKind.NearCopy : CopyKind.Reworded;
        bool credited = CopyCredit.Credits(article.Text, others[origin].Source);
        return new Outcome(new CopyOrigin(others[origin].Id, others[origin].Source, Math.Round(best.Share, 4), kind, credited, best.Passages), dependent);

        CopyPrint PrintAt(int i) => prints[i] ??= PrintOf(others[i]);

        CopyAlignmentResult ArticleWith(int i) => articleWith[i] ??= CopyAlignment.Align(print, PrintAt(i));
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
