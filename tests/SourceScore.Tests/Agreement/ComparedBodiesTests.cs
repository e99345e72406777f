using SourceScore.Signals.Agreement;

namespace SourceScore.Tests.Agreement;

public sealed class ComparedBodiesTests
{
    [Theory]
    [InlineData(new double[] { 0.5, 2.0, 0, 1.0, 3.0 }, new[] { 4, 1, 3 })]
    [InlineData(new double[] { 1.0, 1.0, 1.0, 1.0 }, new[] { 0, 1, 2 })]
    [InlineData(new double[] { 0, 0.2 }, new[] { 1 })]
    [InlineData(new double[] { 0, 0, 0 }, new int[0])]
    [InlineData(new double[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6 }, new[] { 5, 4, 3 })]
    public void A_claim_is_read_against_the_bodies_sharing_most_with_it_the_earlier_first_on_ties(double[] shared, int[] expected)
    {
        Span<int> bodies = stackalloc int[AgreementCheck.BodiesPerClaim];
        int n = AgreementCheck.ComparedBodies(shared, bodies);
        Assert.Equal(expected, bodies[..n].ToArray());
    }
}
