using SourceScore.Signals.Machine;

namespace SourceScore.Tests.Text;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("teh", "the")]
    [InlineData("wiht", "with")]
    [InlineData("minster", "minister")]
    public void Finds_the_common_word_one_edit_away(string word, string expected)
        => Assert.Equal(expected, Spelling.Nearest(MachineModel.Lexicon, word));

    [Theory]
    [InlineData("unassailable")]
    [InlineData("toiled")]
    [InlineData("guises")]
    [InlineData("stopping")]
    [InlineData("tries")]
    public void Knows_rare_words_and_regular_inflections(string word)
        => Assert.True(Spelling.IsKnown(MachineModel.Lexicon, word));

    [Fact]
    public void Unknown_letters_or_lengths_give_no_correction()
    {
        Assert.Null(Spelling.Nearest(MachineModel.Lexicon, "ab"));
        Assert.Null(Spelling.Nearest(MachineModel.Lexicon, "naïve"));
        Assert.Null(Spelling.Nearest(MachineModel.Lexicon, new string('x', 40)));
    }
}
