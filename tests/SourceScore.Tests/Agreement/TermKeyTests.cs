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
}
