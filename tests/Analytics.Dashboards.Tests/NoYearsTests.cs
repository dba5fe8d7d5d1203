using AngleSharp.Html.Parser;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// The first day of the product: the service is running and the reference files have loaded, no
/// staff snapshot yet. The summary showed six empty section titles and an empty map frame without a
/// word, and the data page said «за 0 год файл не загружен» for every kind.
/// </summary>
public sealed class NoYearsTests
{
    public const string Notice = "Показателей пока нет: в хранилище нет данных ни за один год — загружены только справочники."
        + " Показатели появятся после загрузки кадрового среза года (файл teachers_ГГГГ) и событий этого года; что поступило и что отклонено — на странице «Данные».";

    [Fact]
    public void ASiteOfReferenceDataAloneSaysOnEveryPageWhyItHasNoFiguresAndNamesNoYearZero()
    {
        using var w = new SmallWarehouse();
        w.Csv("municipalities.csv", "code,name", "71701000,город Тюмень")
            .Csv("organizations.csv", "org_id,name,municipality_code,type", "7201000001,МАОУ СОШ № 1,71701000,school");
        w.Ingest().RowsLoaded.Should().Be(2);
        var site = w.BuildSite();

        var parser = new HtmlParser();
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories);
        pages.Should().HaveCountGreaterThan(5);
        foreach (var path in pages)
        {
            var page = parser.ParseDocument(File.ReadAllText(path));
            page.QuerySelectorAll(".banner").Select(b => b.TextContent).Should().Equal([Notice], path);
            page.Body!.TextContent.Should().NotContain("0 год", path);
            page.QuerySelectorAll("[data-chart]").Should().BeEmpty("no empty chart frames: " + path);
        }
        var data = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "data.html")));
        data.QuerySelectorAll("details summary").Select(s => s.TextContent).Should().Contain("кадры: данных по годам ещё нет; файлов этого вида не поступало");
    }
}
