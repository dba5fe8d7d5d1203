using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandlebarsDotNet;

namespace Analytics.Dashboards;

/// <summary>A navigation link.</summary>
public sealed record NavItem(string Href, string Label, bool Current);

/// <summary>A year in the year selector.</summary>
public sealed record YearOption(int Year, bool Selected);

/// <summary>What the shared layout needs besides the body.</summary>
public sealed record PageFrame(string Title, string Prefix, IReadOnlyList<NavItem> Nav, IReadOnlyList<YearOption> YearOptions, bool ShowYear,
    string AsOf, string BuiltAt, int MinCell, string? Banner, string Data)
{
    /// <summary>The way back to the summary (Сводка → … → this page); empty on the summary itself.</summary>
    public IReadOnlyList<NavItem> Crumbs { get; init; } = [];

    /// <summary>A notice per year whose yearly files have not all arrived (shown with that year).</summary>
    public IReadOnlyList<YearNotice> Incomplete { get; init; } = [];

    /// <summary>A notice shown whatever the year (a warehouse without a year of data), or null.</summary>
    public string? Notice { get; init; }
}

/// <summary>A notice shown while a year is selected.</summary>
public sealed record YearNotice(int Year, string Text);

/// <summary>
/// Renders the Handlebars templates (Templates/*.hbs) with automatic HTML encoding of every
/// <c>{{value}}</c>; only the rendered body and the page's JSON (serialized with &lt;, &gt; and
/// &amp; escaped, so it cannot close its script element) pass raw, as <c>{{{…}}}</c>.
/// </summary>
public sealed class PageRenderer
{
    private readonly IHandlebars _engine = Handlebars.Create();
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _templates = new();
    // Every character as it is but the three that could end the script element or open a comment
    // in it (< > &), escaped after serializing: they occur in JSON only inside strings, so the
    // page's data stays valid JSON that nothing in it can break out of. A Russian page's data is
    // a third of its size with every non-ASCII character and quote escaped as \uXXXX.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The renderer, with the partial templates registered.</summary>
    public PageRenderer() => _engine.RegisterTemplate("cycle", Source("cycle"));

    /// <summary>The page data as JSON safe inside a script element.</summary>
    public static string PageJson(JsonObject charts, Dictionary<string, object> csv) =>
        JsonSerializer.Serialize(new JsonObject { ["charts"] = charts, ["csv"] = JsonSerializer.SerializeToNode(csv) }, Json)
            .Replace("<", "\\u003C", StringComparison.Ordinal).Replace(">", "\\u003E", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal);

    /// <summary>Renders a page: its template with the model, inside the layout.</summary>
    public string Render(string template, object model, PageFrame frame)
    {
        var body = Template(template)(model);
        return Template("layout")(new { Page = frame, Body = body });
    }

    /// <summary>Renders a whole document from its template (no site layout): the print page of the pack.</summary>
    public string RenderDocument(string template, object model) => Template(template)(model);

    private HandlebarsTemplate<object, object> Template(string name) => _templates.GetOrAdd(name, n => _engine.Compile(Source(n)));

    private static string Source(string name)
    {
        using var stream = typeof(PageRenderer).Assembly.GetManifestResourceStream($"Analytics.Dashboards.Templates.{name}.hbs")
            ?? throw new InvalidOperationException("No template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
