using System.Text.Json.Nodes;

namespace Analytics.Dashboards.Pages;

/// <summary>data.html: loads, refusal reasons (never row contents), runs, and which municipalities and years have data.</summary>
public static class DataPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SiteContext site)
    {
        var data = site.Data;
        string N(long n) => n.ToString("N0", Dashboards.RussianFormat.Culture);
        var model = new
        {
            Loads = data.Loads.Select(l => new { l.Kind, LastLoaded = RussianFormat.DateTime(l.LastLoaded), FilesLoaded = N(l.FilesLoaded), FilesRefused = N(l.FilesRefused), RowsLoaded = N(l.RowsLoaded), RowsRefused = N(l.RowsRefused) }).ToList(),
            Refusals = data.Refusals.Select(r => new { r.Kind, r.Column, r.Reason, Count = N(r.Count) }).ToList(),
            Runs = data.Runs.Select(r => new
            {
                Id = r.RunId,
                r.Command,
                Started = RussianFormat.DateTime(r.StartedAt),
                Finished = r.FinishedAt is { } f ? RussianFormat.DateTime(f) : "—",
                Outcome = r.Outcome switch { "done" => "успешно", "refusals" => "с отклонениями", "failed" => "ошибка", "running" => "не завершён", _ => r.Outcome },
                Files = r.FilesSeen,
                Loaded = r.FilesLoaded,
                Skipped = r.FilesSkipped,
                Refused = r.FilesRefused,
                Error = r.Error ?? "",
            }).ToList(),
            YearHeaders = data.Years,
            Coverage = data.Municipalities.Select(m => new
            {
                m.Name,
                Cells = data.Years.Select(y => data.Coverage.Contains((m.Code, y)) ? "✔" : "—").ToList(),
            }).ToList(),
        };
        return site.Render("data.html", "Данные", "data", model, new JsonObject(), showYear: false);
    }
}
