using Analytics.Tests.Support;

namespace Analytics.App.Tests;

/// <summary>`pack` and the pack the site build makes: three files per pack, linked from the collegium page.</summary>
public class PackCommandTests
{
    [Fact]
    public void PackWritesThreeFilesRefusesAnUnknownMunicipalityOrYearAndTheSiteLinksItsPack()
    {
        using var folder = new ServiceFolder();
        var ingest = CliProcess.Run(folder.Root, null, "ingest", "--inbox", ServiceFolder.Samples, "--db", folder.WarehousePath, "--keep", "--now");
        ingest.Code.Should().BeOneOf([0, 3], ingest.Error);
        var output = Path.Combine(folder.Root, "pack");

        var local = CliProcess.Run(folder.Root, null, "pack", "--db", folder.WarehousePath, "--year", "2024", "--municipality", "71601000", "--out", output);
        local.Code.Should().Be(0, local.Error);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(
            ["collegium-2024-71601000.pdf", "collegium-2024-71601000.docx", "collegium-2024-71601000.xlsx"]);
        local.Output.Should().Contain("collegium-2024-71601000.pdf");

        var unknown = CliProcess.Run(folder.Root, null, "pack", "--db", folder.WarehousePath, "--municipality", "../../etc/passwd", "--out", output);
        unknown.Code.Should().Be(2);
        unknown.Error.Should().Contain("no municipality with the code «../../etc/passwd»");
        var year = CliProcess.Run(folder.Root, null, "pack", "--db", folder.WarehousePath, "--year", "1999", "--out", output);
        year.Code.Should().Be(2);
        year.Error.Should().Contain("no indicator values for 1999");
        // A file given for the folder: it said «error: The file '…' already exists.», exit 1, after reading the warehouse.
        var file = CliProcess.Run(folder.Root, null, "pack", "--db", folder.WarehousePath, "--out", folder.WarehousePath);
        file.Code.Should().Be(2);
        file.Error.Should().StartWith($"--out {folder.WarehousePath} is a file: give the folder to write into");
        Directory.GetFiles(output).Should().HaveCount(3, "a refused pack writes nothing");

        var site = CliProcess.Run(folder.Root, new Dictionary<string, string> { ["ANALYTICS_Pack__WithSite"] = "true" }, "build-site", "--db", folder.WarehousePath, "--out", folder.Site);
        site.Code.Should().Be(0, site.Error);
        var collegium = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder.Site, "collegium.html")));
        var links = collegium.QuerySelectorAll("div[data-year='2025'] .pack-files a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Equal("pack/collegium-2025.pdf", "pack/collegium-2025.docx", "pack/collegium-2025.xlsx");
        links.Should().OnlyContain(l => new FileInfo(Path.Combine(folder.Site, l!)).Length > 1000);
        collegium.QuerySelectorAll("div[data-year='2024'] .pack-files").Should().BeEmpty("the site makes the latest year's pack");
    }
}
