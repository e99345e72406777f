using SourceScore.Text;

namespace SourceScore.Tests.Agreement;

public sealed class TermKeyTests
{
    [Theory]
    [InlineData("Tiani", "Tchiani")]
    [InlineData("Niger", "Nigérien")]
    [InlineData("Niger", "Nigerien")]
    [InlineData("Niger", "Niger’s")]
    [InlineData("Russia", "Russian")]
    [InlineData("Russia", "Russians")]
    [InlineData("Nigeria", "Nigerian")]
    [InlineData("Mohamed", "Mohammed")]
    [InlineData("Djibouti", "Jibouti")]
    [InlineData("strike", "strikes")]
    public void Variants_of_a_name_or_word_share_a_key(string a, string b) => Assert.Equal(TermKey.Of(a), TermKey.Of(b));

    [Theory]
    [InlineData("Niger", "Nigeria")]
    [InlineData("Mali", "Malawi")]
    [InlineData("Russia", "Prussia")]
    public void Different_places_keep_different_keys(string a, string b) => Assert.NotEqual(TermKey.Of(a), TermKey.Of(b));

    [Theory]
    [InlineData("the")]
    [InlineData("and")]
    [InlineData("said")]
    public void Function_words_have_no_key(string word) => Assert.Equal(0UL, TermKey.Of(word));

    [Fact]
    public void A_remembered_key_is_the_key_worked_out_for_every_word_of_the_seeds()
    {
        // Read every word twice, so the second reading comes from the memo (or from a slot another word took since).
        int words = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var file in Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal))
            {
                string text = File.ReadAllText(file);
                var scanner = new WordScanner(text);
                while (scanner.MoveNext())
                {
                    var token = scanner.Current;
                    if (token.Kind == TokenKind.Word)
                    {
                        var word = text.AsSpan(token.Start, token.Length);
                        Assert.Equal(TermKey.Compute(word, token.Hash), TermKey.Of(word, token.Hash));
                        words++;
                    }
                }
            }
        }

        Assert.True(words > 2000, $"only {words} words read");
    }

    [Fact]
    public void A_word_whose_hash_folds_a_left_quote_to_an_apostrophe_keeps_its_own_key()
    {
        // "Niger\u2018s" and "Niger's" hash alike, but only the apostrophe ends the key.
        ulong apostrophe = TermKey.Of("Niger's");
        ulong quote = TermKey.Of("Niger\u2018s");
        Assert.Equal(TermKey.Of("Niger"), apostrophe);
        Assert.Equal(TermKey.Compute("Niger\u2018s", WordHash.Of("Niger\u2018s")), quote);
        Assert.NotEqual(apostrophe, quote);
        Assert.Equal(apostrophe, TermKey.Of("Niger's"));
    }
}
