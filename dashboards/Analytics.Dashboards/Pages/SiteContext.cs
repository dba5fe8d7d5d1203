using System.Globalization;
using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>What every page needs: the data, the renderer and the frame around a page.</summary>
public sealed class SiteContext(SiteData data, PageRenderer renderer, IndicatorSettings settings, string? banner)
{
    private static readonly (string Href, string Label)[] Navigation =
    [
        ("index.html", "Сводка"), ("deficits.html", "Дефициты"), ("effectiveness.html", "Рекомендации"), ("collegium.html", "Материалы к коллегии"),
        ("data.html", "Данные"), ("methodology.html", "Методика"),
    ];

    /// <summary>The data.</summary>
    public SiteData Data => data;

    /// <summary>The collegium pack made with the site, or null.</summary>
    public SitePack? Pack { get; init; }

    /// <summary>The methodology settings the figures were computed with.</summary>
    public IndicatorSettings Settings => settings;

    /// <summary>Renders a page at a path relative to the site root.</summary>
    public string Render(string path, string title, string template, object model, JsonObject charts, Dictionary<string, object>? csv = null, bool showYear = true)
    {
        var prefix = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
        var selected = data.DefaultYear;
        var frame = new PageFrame(title, prefix,
            Navigation.Select(n => new NavItem(n.Href, n.Label, n.Href == path)).ToList(),
            data.Years.Select(y => new YearOption(y, y == selected)).ToList(), showYear && data.Years.Count > 0,
            data.AsOf is { } asOf ? RussianFormat.Date(asOf) : "—", RussianFormat.DateTime(data.BuiltAt), settings.MinCell, banner,
            PageRenderer.PageJson(charts, csv ?? []))
        {
            // Сводка → the page; a municipality's page reached from an indicator gets that indicator
            // inserted between them by site.js (the address says which: #…&indicator=CODE).
            Crumbs = path == "index.html" ? [] : [new NavItem("index.html", "Сводка", false), new NavItem(path, title, true)],
            Incomplete = showYear ? IncompleteYears : [],
            Notice = data.Years.Count == 0 ? NoYears : null,
        };
        return renderer.Render(template, model, frame);
    }

    /// <summary>What every page says while the warehouse holds reference data alone (the first day: no staff snapshot yet).</summary>
    public const string NoYears = "Показателей пока нет: в хранилище нет данных ни за один год — загружены только справочники."
        + " Показатели появятся после загрузки кадрового среза года (файл teachers_ГГГГ) и событий этого года; что поступило и что отклонено — на странице «Данные».";

    private IReadOnlyList<YearNotice>? _incomplete;

    /// <summary>What a year whose yearly files have not all arrived says above every page showing it.</summary>
    private IReadOnlyList<YearNotice> IncompleteYears => _incomplete ??= data.Years
        .Select(y => (Year: y, Text: IncompleteYear.Text(data, y)))
        .Where(y => y.Text is not null)
        .Select(y => new YearNotice(y.Year, y.Text!))
        .ToList();

    /// <summary>What the national form of the map and the index shows, or null for a region.</summary>
    public string? NationalNote => data.National
        ? $"Муниципалитетов {RussianFormat.Number(data.Municipalities.Count, 0)}: на карте и в индексе показаны {SiteData.EndRows} с наибольшим и {SiteData.EndRows} с наименьшим интегральным индексом выбранного года; любой другой муниципалитет — через поиск «Муниципалитет» вверху страницы, его место по каждому показателю — на его странице."
        : null;

    /// <summary>A chart with one figure per year.</summary>
    public JsonObject ByYear(Func<int, JsonNode> figure) => new()
    {
        ["byYear"] = new JsonObject(data.Years.Select(y => KeyValuePair.Create(y.ToString(CultureInfo.InvariantCulture), (JsonNode?)figure(y)))),
    };

    /// <summary>A chart with one figure.</summary>
    public static JsonObject OneFigure(JsonNode figure) => new() { ["figure"] = figure };

    /// <summary>Status words and CSS class of a value against its target.</summary>
    public static (string Text, string Class) Status(bool? meets) => meets switch
    {
        true => ("✔ достигнуто", "ok"),
        false => ("✘ не достигнуто", "bad"),
        _ => ("— без цели", "none"),
    };

    /// <summary>An invariant number for data attributes, empty for null.</summary>
    public static string Raw(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The files of the pack made with the site (paths relative to the site root), or why it was not made.</summary>
public sealed record SitePack(int Year, string? Pdf, string? Docx, string? Xlsx, string? Problem);
