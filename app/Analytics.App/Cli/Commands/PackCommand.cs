using System.CommandLine;
using Analytics.App.Options;
using Analytics.Dashboards;
using Analytics.Dashboards.Pack;
using Analytics.Warehouse.Marts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary>
/// <c>analytics pack [--year Y] [--municipality CODE] [--out DIR]</c>: the collegium pack of a
/// year as PDF, DOCX and XLSX (default: the latest year whose yearly files have all arrived — see
/// <see cref="Analytics.Dashboards.SiteData.DefaultYear"/> —, the region, out/pack/).
/// </summary>
public static class PackCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var year = new Option<int?>("--year") { Description = "The year of the pack (default: the latest year whose yearly files have all arrived)" };
        var municipality = new Option<string?>("--municipality") { Description = "A municipality's code: its own pack (default: the region)" };
        var output = CommonOptions.OutFolder("The folder to write the three files into", Path.Combine("out", "pack"));
        var command = new Command("pack", "Write the collegium pack of a year: PDF (print), DOCX (the analytical note), XLSX (the tables)") { db, year, municipality, output };
        command.SetAction(result =>
        {
            using var services = AnalyticsServices.ForCommand(("Analytics:Warehouse", result.GetValue(db)));
            var warehouse = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Warehouse;
            var code = result.GetValue(municipality);
            // The browser starts while the warehouse is read.
            using var pack = services.GetRequiredService<PackWriter>().Begin();
            SiteData data;
            using (var connection = services.GetRequiredService<MartOpener>().OpenReadOnly(warehouse))
            {
                // Only a municipality's pack shows organizations, its own: the region's reads no organization values.
                data = SiteData.Load(connection, DateTime.Now, code is null ? OrganizationScope.None : OrganizationScope.Of(code));
            }
            if (data.Years.Count == 0)
            {
                throw new InvalidOperationException("The warehouse holds no indicator values yet: load data first.");
            }
            var files = pack.Write(data, result.GetValue(year) ?? data.DefaultYear, code, result.GetValue(output)!, DateTime.Now);
            Console.WriteLine($"PDF:  {files.Pdf}");
            Console.WriteLine($"DOCX: {files.Docx}");
            Console.WriteLine($"XLSX: {files.Xlsx}");
            return ExitCodes.Done;
        });
        return command;
    }
}
