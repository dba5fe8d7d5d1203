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
            Loads = data.Loads.Select(l => new { Kind = SiteData.KindTitle(l.Kind), LastLoaded = RussianFormat.DateTime(l.LastLoaded), FilesLoaded = N(l.FilesLoaded), FilesRefused = N(l.FilesRefused), RowsLoaded = N(l.RowsLoaded), RowsRefused = N(l.RowsRefused) }).ToList(),
            FileNotes = data.FileNotes.Select(f => new { f.FileName, Kind = SiteData.KindTitle(f.Kind), LoadedAt = RussianFormat.DateTime(f.LoadedAt), f.Notes }).ToList(),
            // One row per kind, column and reason whatever the language of the file's header («СНИЛС» or «snils»).
            Refusals = data.Refusals.GroupBy(r => (Kind: SiteData.KindTitle(r.Kind), Column: ColumnTitle(r.Kind, r.Column), r.Reason))
                .Select(g => (g.Key, Count: g.Sum(r => r.Count), Order: g.Min(r => SiteData.KindOrder(r.Kind))))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Order)
                .Select(g => new { g.Key.Kind, g.Key.Column, g.Key.Reason, Count = N(g.Count) }).ToList(),
            IdleRuns = data.IdleRuns is (> 0, { } last)
                ? $"Запуски, не нашедшие новых файлов в папке, не показаны ({N(data.IdleRuns.Count)}); последний — {RussianFormat.DateTime(last)}."
                : "",
            Runs = data.Runs.Select(r => new
            {
                Id = r.RunId,
                Command = r.Command switch { "ingest" => "команда загрузки", "serve" => "служба по расписанию", "site" => "сборка сайта", "recommendations" => "выдача рекомендаций", _ => r.Command },
                Started = RussianFormat.DateTime(r.StartedAt),
                Finished = r.FinishedAt is { } f ? RussianFormat.DateTime(f) : "—",
                Outcome = r.Outcome switch
                {
                    "done" => "успешно",
                    "refusals" => r.FilesRefused > 0 ? "отклонены файлы" : "отклонены строки",
                    "failed" => "ошибка",
                    "running" => "не завершён",
                    _ => r.Outcome,
                },
                RowsRefused = N(r.RowsRefused),
                Files = r.FilesSeen,
                Loaded = r.FilesLoaded,
                Skipped = r.FilesSkipped,
                Refused = r.FilesRefused,
                Error = r.Error ?? "",
            }).ToList(),
            YearHeaders = data.Years,
            Coverage = CoverageGrids(data, N),
        };
        return site.Render("data.html", "Данные", "data", model, new JsonObject(), showYear: false);
    }

    /// <summary>The kinds of yearly data, in the contract's order, and what a missing municipality means for each.</summary>
    private static readonly string[] YearlyKinds = ["teachers", "methodists", "staffing", "diagnostics", "courses", "routes", "mentoring"];

    /// <summary>
    /// Per kind of yearly data a grid municipality × year: the rows loaded, «нет строк» where the
    /// region has rows of that kind that year and the municipality none, «файл не загружен» where
    /// the whole region has none; a foot row of the events whose persons are not in the year's staff
    /// snapshot (loaded, counted in none of that year's indicators), when there are any; and the kind's refused files
    /// and rows beside its title (a refused row cannot be placed in a municipality: its content is not kept).
    /// </summary>
    private static List<object> CoverageGrids(SiteData data, Func<long, string> n) => YearlyKinds.Select(kind =>
    {
        var outside = data.Years.ToDictionary(y => y, y => data.OutsideSnapshot.GetValueOrDefault((kind, y)));
        var yearHas = data.Years.ToDictionary(y => y, y => outside[y] > 0 || data.Municipalities.Any(m => data.CoverageRows.ContainsKey((kind, m.Code, y))));
        var load = data.Loads.FirstOrDefault(l => l.Kind == kind);
        var latest = data.Years.LastOrDefault();
        var covered = data.Municipalities.Count(m => data.CoverageRows.ContainsKey((kind, m.Code, latest)));
        var rows = data.Years.Count == 0 ? [] : Listed(data, kind, yearHas).Select(m => new
        {
            m.Name,
            Cells = data.Years.Select(y => data.CoverageRows.TryGetValue((kind, m.Code, y), out var count)
                ? new { Text = n(count), Class = "num cov-loaded" }
                : yearHas[y] ? new { Text = "нет строк", Class = "num cov-missing" } : new { Text = "файл не загружен", Class = "num cov-none" }).ToList(),
        }).ToList();
        // Below the municipalities, in the table's foot: sorting and the filter leave it there.
        var outsideRow = outside.Values.Any(v => v > 0)
            ? new
            {
                Name = OutsideRow,
                Cells = data.Years.Select(y => yearHas[y] ? new { Text = n(outside[y]), Class = outside[y] > 0 ? "num cov-outside" : "num" } : new { Text = "файл не загружен", Class = "num cov-none" }).ToList(),
            }
            : null;
        return (object)new
        {
            Kind = SiteData.KindTitle(kind),
            Summary = (data.Years.Count == 0 ? "данных по годам ещё нет" : yearHas.GetValueOrDefault(latest) ? $"за {latest} год строки есть у {RussianFormat.Number(covered, 0)} {RussianFormat.OutOf(data.Municipalities.Count, "муниципалитета", "муниципалитетов")}" : $"за {latest} год файл не загружен")
                + (outside.GetValueOrDefault(latest) > 0 ? $"; строк о людях вне кадрового среза {latest} года — {OutsideSnapshot.Share(data, kind, latest)}: в показатели этого года они не входят" : "")
                + (load is null ? "; файлов этого вида не поступало" : $"; последняя загрузка {RussianFormat.DateTime(load.LastLoaded)}, отклонено файлов: {n(load.FilesRefused)}, строк: {n(load.RowsRefused)}")
                + (data.National ? $"; в таблице — муниципалитеты без строк хотя бы за один год (не более {NationalRows})" : ""),
            // The national form lists the municipalities with a gap only (at most 50), the rest in one line.
            Rows = rows,
            Outside = outsideRow,
        };
    }).ToList();

    /// <summary>The grid's row of the events whose persons are not in the year's staff snapshot.</summary>
    private const string OutsideRow = "строки о людях вне кадрового среза года";

    private const int NationalRows = 50;

    /// <summary>The municipalities of a kind's grid: all; in the national form those with a gap in some year, at most <see cref="NationalRows"/>.</summary>
    private static List<(string Code, string Name)> Listed(SiteData data, string kind, Dictionary<int, bool> yearHas) => !data.National
        ? data.Municipalities
        : data.Municipalities.Where(m => data.Years.Any(y => yearHas[y] && !data.CoverageRows.ContainsKey((kind, m.Code, y)))).Take(NationalRows).ToList();

    /// <summary>A column as the file's header named it, shown by its first Russian alias.</summary>
    private static string ColumnTitle(string kind, string header)
    {
        static string Fold(string s) => string.Join(' ', s.Trim().ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var spec = SiteData.KindNamed(kind)?.Columns
            .FirstOrDefault(c => Fold(c.Name) == Fold(header) || c.Aliases.Any(a => Fold(a) == Fold(header)));
        return spec is null ? header : spec.Aliases.FirstOrDefault() ?? header;
    }
}
