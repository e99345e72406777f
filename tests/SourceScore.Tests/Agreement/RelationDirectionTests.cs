using SourceScore.Signals.Agreement;

namespace SourceScore.Tests.Agreement;

public sealed class RelationDirectionTests
{
    private static (PartyDirection[] Parties, ulong[] Names) Read(string sentence) => RelationDirection.Read(sentence, new TextSpan(0, sentence.Length));

    [Fact]
    public void Ending_a_partnership_contradicts_turning_to_the_same_party()
    {
        var a = Read("Niger has declared the end of its intelligence-sharing agreement with Russia.");
        var b = Read("Mali, Burkina Faso and Niger, however, have turned to Russia as a major security ally.");
        Assert.NotEqual(0UL, RelationDirection.Conflict(a, b));
    }

    [Fact]
    public void Expelling_France_and_the_United_States_contradicts_aligning_with_the_West()
    {
        var a = Read("Niger is aligning more closely with Western allies, Niger's foreign minister said.");
        var b = Read("Niger's junta leader welcomed the decision to kick out longtime partners France and the United States.");
        Assert.NotEqual(0UL, RelationDirection.Conflict(a, b));
    }

    [Fact]
    public void Moving_the_same_way_is_no_conflict()
    {
        var a = Read("Niger has turned to Russia for security.");
        var b = Read("Mali and Niger signed a new partnership with Russia on Tuesday.");
        Assert.Equal(0UL, RelationDirection.Conflict(a, b));
    }

    [Fact]
    public void Without_a_shared_subject_there_is_no_conflict()
    {
        var a = Read("Chad ended its agreement with Russia.");
        var b = Read("Serbia turned to Russia for gas.");
        Assert.Equal(0UL, RelationDirection.Conflict(a, b));
    }

    [Fact]
    public void West_Africa_is_a_place_not_the_West()
    {
        var (parties, _) = Read("The three juntas withdrew from West Africa's regional bloc.");
        Assert.Empty(parties);
    }
}
