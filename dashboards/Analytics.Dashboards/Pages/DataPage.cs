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
            Loads = data.Loads.Select(l => new { Kind = KindTitle(l.Kind), LastLoaded = RussianFormat.DateTime(l.LastLoaded), FilesLoaded = N(l.FilesLoaded), FilesRefused = N(l.FilesRefused), RowsLoaded = N(l.RowsLoaded), RowsRefused = N(l.RowsRefused) }).ToList(),
            // One row per kind, column and reason whatever the language of the file's header («СНИЛС» or «snils»).
            Refusals = data.Refusals.GroupBy(r => (Kind: KindTitle(r.Kind), Column: ColumnTitle(r.Kind, r.Column), r.Reason))
                .Select(g => (g.Key, Count: g.Sum(r => r.Count))).OrderByDescending(g => g.Count).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
                .Select(g => new { g.Key.Kind, g.Key.Column, g.Key.Reason, Count = N(g.Count) }).ToList(),
            Runs = data.Runs.Select(r => new
            {
                Id = r.RunId,
                Command = r.Command switch { "ingest" => "команда загрузки", "serve" => "служба по расписанию", "site" => "сборка сайта", "recommendations" => "выдача рекомендаций", _ => r.Command },
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

    /// <summary>The Russian name of a kind of data (its code in the warehouse).</summary>
    private static string KindTitle(string kind) =>
        Analytics.Contract.DataContract.Kinds.FirstOrDefault(k => k.Name == kind)?.Title ?? (kind == "—" ? "не распознан" : kind);

    /// <summary>A column as the file's header named it, shown by its first Russian alias.</summary>
    private static string ColumnTitle(string kind, string header)
    {
        static string Fold(string s) => string.Join(' ', s.Trim().ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var spec = Analytics.Contract.DataContract.Kinds.FirstOrDefault(k => k.Name == kind)?.Columns
            .FirstOrDefault(c => Fold(c.Name) == Fold(header) || c.Aliases.Any(a => Fold(a) == Fold(header)));
        return spec is null ? header : spec.Aliases.FirstOrDefault() ?? header;
    }
}
