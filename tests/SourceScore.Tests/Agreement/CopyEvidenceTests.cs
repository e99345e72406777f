using SourceScore.Index;
using SourceScore.Signals.Agreement;
using SourceScore.StanceReader;
using SourceScore.Testing;

namespace SourceScore.Tests.Agreement;

/// <summary>What an alignment measures for the copy model (<see cref="CopyEvidence"/>), on texts whose answer is known by construction.</summary>
public sealed class CopyEvidenceTests
{
    private static CopyEvidence Evidence(string article, string original) =>
        CopyAlignment.Align(CopyPrint.Of(article, StanceModel.Lexicon), CopyPrint.Of(original, StanceModel.Lexicon)).Evidence;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_text_against_itself_retells_all_of_it_in_order()
    {
        var e = Evidence(CopyStories.Original, CopyStories.Original);
        int sentences = Lines(CopyStories.Original).Length;
        Assert.Equal((1.0, 1.0, 1.0, 1.0, 1.0), (e.Share, e.AnyOrderShare, e.OriginalCovered, e.Anchors, e.OriginalAnchors));
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (e.Words, e.OriginalWords, e.AnchorOrder, e.Verbatim));
        Assert.Equal((sentences, sentences, sentences), (e.Sentences, e.ArticleSentences, e.OriginalSentences));
        Assert.Equal(e.ArticleAnchorCount, e.BorrowedAnchorCount);
        Assert.Equal(e.ArticleAnchorCount, e.OriginalAnchorCount);
        Assert.True(e.ArticleAnchorCount >= 10, $"{e.ArticleAnchorCount} names and figures");
    }

    [Fact]
    public void The_same_sentences_in_reverse_order_retell_it_in_any_order_only()
    {
        string reversed = string.Join('\n', Lines(CopyStories.Original).Reverse()) + "\n";
        var e = Evidence(reversed, CopyStories.Original);
        Assert.Equal((1.0, 1.0), (e.AnyOrderShare, e.OriginalCovered));
        Assert.Equal((1.0, 1.0), (e.Anchors, e.Words));
        Assert.True(e.Share < 0.4, $"in order {e.Share}");
        Assert.True(e.AnchorOrder < -0.5, $"anchor order {e.AnchorOrder}");
    }

    [Fact]
    public void Half_of_the_original_covers_about_half_of_it_and_borrows_every_name()
    {
        var lines = Lines(CopyStories.Original);
        string half = string.Join('\n', lines.Take(lines.Length / 2)) + "\n";
        var e = Evidence(half, CopyStories.Original);
        Assert.Equal((1.0, 1.0), (e.Share, e.Anchors));
        Assert.InRange(e.OriginalCovered, 0.3, 0.7);
        Assert.InRange(e.OriginalAnchors, 0.2, 0.8);
        Assert.True(e.BorrowedAnchorCount < e.OriginalAnchorCount);
    }

    [Fact]
    public void Independent_coverage_borrows_few_words_and_is_not_derived()
    {
        var result = CopyAlignment.Align(CopyPrint.Of(CopyStories.Independent, StanceModel.Lexicon), CopyPrint.Of(CopyStories.Original, StanceModel.Lexicon));
        Assert.True(result.Evidence.Words < 0.5, $"words borrowed {result.Evidence.Words}");
        Assert.False(result.IsDerived);
        Assert.True(CopyAlignment.Align(CopyPrint.Of(CopyStories.Reworded, StanceModel.Lexicon), CopyPrint.Of(CopyStories.Original, StanceModel.Lexicon)).IsDerived);
    }

    [Fact]
    public void A_one_sentence_text_is_never_derived_even_when_it_is_the_original_word_for_word()
    {
        string first = Lines(CopyStories.Original)[1];
        var result = CopyAlignment.Align(CopyPrint.Of(first, StanceModel.Lexicon), CopyPrint.Of(CopyStories.Original, StanceModel.Lexicon));
        Assert.Equal(1, result.Evidence.Sentences);
        Assert.False(result.IsDerived);
    }

    [Fact]
    public void Every_feature_has_a_distinct_name_and_reads_its_own_field()
    {
        Assert.Equal(CopyFeatures.Count, CopyFeatures.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(CopyModelInput.FeatureCount, CopyFeatures.Count);
        var e = new CopyEvidence(0.01, 0.02, 0.03, 0.04, 5, 0.06, 0.07, 0.08, 9, 10, 11, 12, 13, 0.14, 0.15, 0.16);
        var features = new float[CopyFeatures.Count];
        CopyFeatures.Write(e, features);
        Assert.Equal([0.01f, 0.02f, 0.03f, 0.04f, 5f, 0.06f, 0.07f, 0.08f, 9f, 10f, 11f, 12f, 13f, 0.14f, 0.15f, 0.16f], features);
    }
}
