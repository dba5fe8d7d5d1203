using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Tests;

public class MethodologyTests
{
    [Fact]
    public void TheMethodologyDocumentOfTheProjectIsTheOneGeneratedFromTheCatalog()
    {
        var path = Path.Combine(Path.GetDirectoryName(SamplesWarehouse.Samples)!, "docs", "methodology.md");
        File.ReadAllText(path).Should().Be(MethodologyDocument.Markdown(Analytics.Tests.Support.TestDefaults.Indicators), "run `./analytics methodology --out docs/methodology.md` after changing the catalog");
    }

    [Fact]
    public void TheCatalogHoldsEveryIndicatorOfTheMethodology()
    {
        IndicatorCatalog.All.Select(i => i.Code).Should().BeEquivalentTo(
        [
            "diag_coverage", "deficit_rate", "deficit_rate.subject", "deficit_rate.methodical", "deficit_rate.psych_pedagogical",
            "deficit_rate.digital", "deficit_rate.communicative", "route_share", "route_tutor_share", "pd_share", "pd_3y_share",
            "frdpp_diag_share", "topic_share.quality_assessment", "topic_share.low_results_schools", "topic_share.career_guidance",
            "topic_share.upbringing", "topic_share.gifted", "preschool_pd_share", "young_support_share", "mgmt_team_share",
            "teachers_per_methodist", "staffing_rate", "vacancies", "vacancy_rate", "methodical_active", "methodical_active_per_1000", "program_frdpp_share",
            "program_network_share", "program_updated_share",
        ]);
        IndicatorCatalog.All.Should().OnlyHaveUniqueItems(i => i.Code);
        foreach (var i in IndicatorCatalog.All)
        {
            if (i.Query is { } query)
            {
                SqlScripts.Get($"Sql/Indicators/{query}.sql").Should().Contain("indicator_units", i.Code);
            }
            else
            {
                i.Persons.Should().NotBeNull($"{i.Code} counts persons of the person-year table or builds its own units");
            }
        }
    }
}
