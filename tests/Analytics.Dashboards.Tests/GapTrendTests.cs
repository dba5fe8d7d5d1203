using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// Whether the gap between municipalities closed, as the collegium page and the pack say it. Seen on the samples:
/// teachers per methodist «растёт (КВ 0,540 → 0,542)» from 2023 to 2024, while the municipalities compared went
/// from 13 to 17 (those with methodists); and any difference of the coefficient counted, also one the printed three
/// decimals do not show («КВ 0,123 → 0,123, сокращается»).
/// </summary>
public sealed class GapTrendTests
{
    private static GapRow Gap(int year, int n, double cv) => new("route_share", year, n, 1, 2, 1, 2, 10, cv * 10, cv, 10, null);

    [Fact]
    public void AChangeIsJudgedAsPrintedAndAChangedSetOfMunicipalitiesIsSaid()
    {
        Findings.GapTrend(Gap(2025, 26, 0.1214), Gap(2024, 26, 0.1296)).Should().Be("сокращается (КВ 0,130 → 0,121)");
        Findings.GapTrend(Gap(2025, 26, 0.1296), Gap(2024, 26, 0.1214)).Should().Be("растёт (КВ 0,121 → 0,130)");
        // 0,12341 and 0,12338 both print 0,123: not a change a reader can see.
        Findings.GapTrend(Gap(2025, 26, 0.12338), Gap(2024, 26, 0.12341)).Should().Be("не изменился (КВ 0,123)");
        Findings.GapTrend(Gap(2025, 17, 0.5416), Gap(2024, 13, 0.5399)).Should().Be(
            "растёт (КВ 0,540 → 0,542); сравниваются разные наборы муниципалитетов (13 и 17): изменение отчасти вызвано составом");
        Findings.GapTrend(Gap(2025, 26, 0.2), null).Should().Be("нет данных за прошлый год");

        Findings.Direction(Gap(2025, 26, 0.12338), Gap(2024, 26, 0.12341)).Should().Be(0);
        Findings.Direction(Gap(2025, 26, 0.1214), Gap(2024, 26, 0.1296)).Should().Be(-1);
        Findings.Direction(Gap(2025, 26, 0.1214), null).Should().BeNull();
    }
}
