using Analytics.Dashboards.Charts;
using FluentAssertions;
using Xunit;

namespace Analytics.Dashboards.Tests;

public class LabelSpreadTests
{
    [Fact]
    public void CloseLabelsSpreadBothWaysAroundTheirPointsAndFarOnesStay()
    {
        // 30 and 31 meet: centred on 30,5 → 29,5 and 31,5; 32 meets that pair: the three centred on 31 → 29, 31, 33; 50 stays.
        LabelSpread.Of([30, 31, 32, 50], 2).Should().Equal(29, 31, 33, 50);
    }

    [Fact]
    public void AGroupThatMeetsTheNextMergesWithItInTheOrderOfThePoints()
    {
        // Sorted 10, 10,5, 13, 13,2 end as one group of four centred on their mean 11,675, spaced by 2; positions in input order.
        var positions = LabelSpread.Of([13.2, 10, 13, 10.5], 2);
        positions.Should().HaveCount(4);
        positions[0].Should().BeApproximately(14.675, 1e-9);
        positions[1].Should().BeApproximately(8.675, 1e-9);
        positions[2].Should().BeApproximately(12.675, 1e-9);
        positions[3].Should().BeApproximately(10.675, 1e-9);
    }
}
