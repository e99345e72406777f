using SourceScore.Signals.Machine;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Tests.Models;

public sealed class HashFilterTests
{
    [Fact]
    public void Every_key_added_may_be_contained_and_few_others_are()
    {
        var random = new Random(7);
        var added = Enumerable.Range(0, 5000).Select(_ => (ulong)random.NextInt64()).ToList();
        var filter = HashFilter.Build(added);
        Assert.All(added, key => Assert.True(filter.MayContain(key)));

        int falsePositives = Enumerable.Range(0, 100_000).Count(_ => filter.MayContain((ulong)random.NextInt64()));
        Assert.InRange(falsePositives, 0, 1000);
    }

    [Fact]
    public void An_empty_filter_contains_nothing()
    {
        var filter = HashFilter.Build([]);
        Assert.False(filter.MayContain(WordHash.Of("the")));
        Assert.False(filter.MayContain(1));
    }

    [Fact]
    public void The_lexicon_filter_holds_every_word_common_enough_to_be_a_correction()
    {
        var lexicon = MachineModel.Lexicon;
        var common = lexicon.Words.Pairs().Where(p => p.Value >= Spelling.CorrectionMinCount).Select(p => p.Key).ToList();
        Assert.NotEmpty(common);
        Assert.All(common, key => Assert.True(lexicon.CorrectionWords.MayContain(key)));
        Assert.True(lexicon.CorrectionWords.MayContain(WordHash.Of("government")));
    }
}
