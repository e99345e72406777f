using SourceScore.Signals.Machine;
using SourceScore.Text;

namespace SourceScore.Tests.Models;

public class WordStatsTableTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("said")]
    [InlineData("government")]
    [InlineData("teh")]
    [InlineData("wiht")]
    [InlineData("recieve")]
    [InlineData("zqxjkvw")]
    public void One_probe_gives_what_the_separate_tables_hold(string word)
    {
        var lexicon = MachineModel.Lexicon;
        ulong h = WordHash.Of(word);
        var stats = lexicon.Stats[h];
        Assert.Equal(lexicon.Words[h], stats.Count);
        Assert.Equal(lexicon.Followers[h], stats.Followers);
        Assert.Equal(lexicon.TopFollower[h], stats.TopFollower);
        Assert.Equal(lexicon.LogUnigram(lexicon.Words[h]), stats.LogUnigram);
        Assert.Equal(lexicon.Typos.GetValueOrDefault(h), stats.IsMisspelling ? lexicon.Stats.Correction(stats) : null);
    }

    [Fact]
    public void Misspellings_carry_their_correction()
    {
        var stats = MachineModel.Lexicon.Stats[WordHash.Of("recieve")];
        Assert.True(stats.IsMisspelling);
        Assert.Equal("receive", MachineModel.Lexicon.Stats.Correction(stats));
    }
}
