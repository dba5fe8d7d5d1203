using Analytics.Dashboards.Cycle;
using Analytics.Warehouse.Recommendations;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using DuckDB.NET.Data;

namespace Analytics.Dashboards;

/// <summary>A load of one kind of data, for the data page.</summary>
public sealed record LoadRecord(string Kind, DateTime LastLoaded, long FilesLoaded, long FilesRefused, long RowsLoaded, long RowsRefused);

/// <summary>A loaded file with what its reader should know of it (audit_file.notes, one note a line).</summary>
public sealed record FileNote(string FileName, string Kind, DateTime LoadedAt, IReadOnlyList<string> Notes);

/// <summary>A refusal reason and how often it happened.</summary>
public sealed record RefusalCount(string Kind, string Column, string Reason, long Count);

/// <summary>An ingest run, for the data page.</summary>
public sealed record RunRecord(long RunId, string Command, DateTime StartedAt, DateTime? FinishedAt, string Outcome, int FilesSeen, int FilesLoaded, int FilesSkipped, int FilesRefused, long RowsLoaded, long RowsRefused, string? Error);

/// <summary>A kind of yearly data with far fewer rows in a year than in the last earlier year that has any.</summary>
public sealed record KindShortfall(string Kind, long Rows, int PreviousYear, long PreviousRows);

/// <summary>An organization of the region.</summary>
public sealed record OrganizationInfo(string Id, string Name, string Municipality, string Type);

/// <summary>
/// Everything the site shows, read once from the warehouse: the indicator marts (what the
/// <c>indicators</c> command writes), the gaps, and the audit of the loads.
/// </summary>
public sealed class SiteData
{
    private readonly Dictionary<(string, int, string), IndicatorValue> _index;
    private readonly Dictionary<(string, int), GapRow> _gaps;
    private readonly ILookup<(string, int), MunicipalityStanding> _standings;
    private readonly Dictionary<(string, int, string), MunicipalityStanding> _standing;
    private readonly Dictionary<(int, string), CompositeIndex> _composite;
    private ILookup<string, OrganizationInfo>? _organizations;

    private SiteData(IndicatorResults results)
    {
        Values = results.Values;
        _index = Values.ToDictionary(v => (v.Indicator, v.Year, v.EntityCode));
        Gaps = results.Gaps;
        _gaps = Gaps.ToDictionary(g => (g.Indicator, g.Year));
        Standings = results.Standings;
        _standings = Standings.ToLookup(s => (s.Indicator, s.Year));
        _standing = Standings.ToDictionary(s => (s.Indicator, s.Year, s.Municipality));
        Composite = results.Composite;
        _composite = Composite.ToDictionary(c => (c.Year, c.Municipality));
        Years = Values.Select(v => v.Year).Distinct().Order().ToList();
    }

    /// <summary>Every indicator value (a suppressed one keeps its row and flag, its figures are empty).</summary>
    public List<IndicatorValue> Values { get; }

    /// <summary>Gap metrics per indicator and year.</summary>
    public List<GapRow> Gaps { get; }

    /// <summary>Ranks and gaps per municipality.</summary>
    public List<MunicipalityStanding> Standings { get; }

    /// <summary>The composite index of the municipalities per year (the order's integral assessment).</summary>
    public List<CompositeIndex> Composite { get; }

    /// <summary>The issued recommendation sets, by year.</summary>
    public Dictionary<int, RecommendationSet> Issued { get; private set; } = [];

    /// <summary>The measures taken on recommendations.</summary>
    public List<MeasureRecord> Measures { get; private set; } = [];

    private readonly Dictionary<int, RecommendationSet> _sets = [];
    private readonly Dictionary<int, EffectivenessReport?> _effects = [];
    private RecommendationRules? _rules;

    /// <summary>
    /// A year's recommendations: the issued set where one exists, else the rules' draft
    /// («проект»); the progress notes are always the rules' own.
    /// </summary>
    public RecommendationSet RecommendationsFor(int year)
    {
        if (!_sets.TryGetValue(year, out var set))
        {
            _rules ??= new RecommendationRules(Results, DateOnly.FromDateTime(BuiltAt));
            var draft = _rules.Draft(year);
            set = Issued.TryGetValue(year, out var issued) ? issued with { Progress = draft.Progress } : draft;
            _sets[year] = set;
        }
        return set;
    }

    private readonly Dictionary<int, (ILookup<string, Recommendation> Items, ILookup<string, ProgressNote> Progress)> _byMunicipality = [];

    /// <summary>A year's recommendations to one municipality (in their order) and its progress notes.</summary>
    public (IEnumerable<Recommendation> Items, IEnumerable<ProgressNote> Progress) RecommendationsOf(int year, string municipality)
    {
        if (!_byMunicipality.TryGetValue(year, out var lookups))
        {
            var set = RecommendationsFor(year);
            lookups = (set.Items.OrderBy(r => r.Position).ToLookup(r => r.Municipality), set.Progress.ToLookup(p => p.Municipality));
            _byMunicipality[year] = lookups;
        }
        return (lookups.Items[municipality], lookups.Progress[municipality]);
    }

    /// <summary>The analysis of effectiveness of the previous year's recommendations in <paramref name="year"/>, or null for the first year.</summary>
    public EffectivenessReport? EffectivenessFor(int year)
    {
        if (!_effects.TryGetValue(year, out var report))
        {
            report = Years.Contains(year - 1) ? Effectiveness.Analyse(Results, RecommendationsFor(year - 1), RecommendationsFor(year), Measures, year) : null;
            _effects[year] = report;
        }
        return report;
    }

    /// <summary>The figures as the engine's result type.</summary>
    public IndicatorResults Results => new(Values, Gaps, Standings) { Composite = Composite };

    /// <summary>The snapshot years.</summary>
    public List<int> Years { get; }

    /// <summary>The latest year.</summary>
    public int LatestYear => Years.Count > 0 ? Years[^1] : DateTime.Today.Year;

    /// <summary>Municipalities by name.</summary>
    public List<(string Code, string Name)> Municipalities { get; private set; } = [];

    /// <summary>
    /// Above this many municipalities (a region has at most about 60; Russia 2 300) the lists and
    /// matrices of the site take their national form: the best and the worst ends instead of every
    /// row, a distribution, and the search in the header for any other.
    /// </summary>
    public const int ListLimit = 60;

    /// <summary>How many of each end a national list shows.</summary>
    public const int EndRows = 10;

    /// <summary>Whether the lists take their national form.</summary>
    public bool National => Municipalities.Count > ListLimit;

    /// <summary>The first and the last <paramref name="each"/> of an ordered list (the whole list when it is short).</summary>
    public static List<T> Ends<T>(IReadOnlyList<T> ordered, int each = EndRows) =>
        ordered.Count <= 2 * each ? ordered.ToList() : ordered.Take(each).Concat(ordered.Skip(ordered.Count - each)).ToList();

    /// <summary>
    /// The rows of a year's municipality matrices (the gap map, the deficits by area): every
    /// municipality by name; in the national form the <see cref="EndRows"/> highest and lowest by
    /// the composite index, in its order.
    /// </summary>
    public List<(string Code, string Name)> MatrixRows(int year)
    {
        if (!National)
        {
            return Municipalities;
        }
        var ranked = Composite.Where(c => c.Year == year).Select(c => (c.Rank, c.Municipality, Name: NameOf(c.Municipality)))
            .OrderBy(c => c.Rank).ThenBy(c => c.Name, RussianOrder.Names).Select(c => (c.Municipality, c.Name)).ToList();
        return Ends(ranked);
    }

    /// <summary>A municipality's name (its code when the reference lacks it).</summary>
    public string NameOf(string code) => (_names ??= Municipalities.ToDictionary(m => m.Code, m => m.Name)).GetValueOrDefault(code, code);

    private Dictionary<string, string>? _names;

    /// <summary>The kind of each municipality (городской округ, муниципальный округ…), by code.</summary>
    public Dictionary<string, string?> MunicipalityKinds { get; private set; } = [];

    /// <summary>Organizations.</summary>
    public List<OrganizationInfo> Organizations { get; private set; } = [];

    /// <summary>The organizations of a municipality.</summary>
    public IEnumerable<OrganizationInfo> OrganizationsOf(string municipality) =>
        (_organizations ??= Organizations.ToLookup(o => o.Municipality))[municipality];

    /// <summary>The standings of an indicator in a year (every compared municipality), unordered.</summary>
    public IEnumerable<MunicipalityStanding> StandingsOf(string indicator, int year) => _standings[(indicator, year)];

    /// <summary>A municipality's standing on an indicator in a year, or null.</summary>
    public MunicipalityStanding? Standing(string indicator, int year, string municipality) => _standing.GetValueOrDefault((indicator, year, municipality));

    /// <summary>A municipality's composite index in a year, or null.</summary>
    public CompositeIndex? CompositeOf(int year, string municipality) => _composite.GetValueOrDefault((year, municipality));

    /// <summary>Loads per kind.</summary>
    public List<LoadRecord> Loads { get; private set; } = [];

    /// <summary>Refusal reasons.</summary>
    public List<RefusalCount> Refusals { get; private set; } = [];

    /// <summary>Recent runs that did something (loaded, skipped or refused a file, failed, built the site, …).</summary>
    public List<RunRecord> Runs { get; private set; } = [];

    /// <summary>The last loaded files with notes, newest first (at most 30).</summary>
    public List<FileNote> FileNotes { get; private set; } = [];

    /// <summary>The ingest and service runs that found no file in the inbox: how many, and when the last started.</summary>
    public (long Count, DateTime? Last) IdleRuns { get; private set; }

    /// <summary>(municipality, year) pairs with staff data.</summary>
    public HashSet<(string, int)> Coverage { get; private set; } = [];

    /// <summary>Rows loaded per (kind of yearly data, municipality, year); absent = none.</summary>
    public Dictionary<(string Kind, string Municipality, int Year), long> CoverageRows { get; private set; } = [];

    /// <summary>
    /// Events loaded per (kind, year) whose person is not in that year's staff snapshot: counted in none of that year's indicators and
    /// in no municipality of <see cref="CoverageRows"/>; absent = none.
    /// </summary>
    public Dictionary<(string Kind, int Year), long> OutsideSnapshot { get; private set; } = [];

    /// <summary>The kinds of yearly data the indicators count besides the staff snapshot, in the order of the summary's groups.</summary>
    public static readonly IReadOnlyList<string> InputKinds = ["diagnostics", "courses", "routes", "mentoring", "methodists", "staffing"];

    /// <summary>
    /// A kind's Russian title from the contract («диагностика дефицитов»); «не распознан» for a file whose kind was
    /// not recognized («—» in the audit), the name itself for any other.
    /// </summary>
    public static string KindTitle(string kind) =>
        kind == "—" ? "не распознан" : KindNamed(kind)?.Title ?? kind;

    /// <summary>The contract's kind of a recorded name, or null for one it does not know («—»).</summary>
    public static Analytics.Contract.FileKind? KindNamed(string kind) => Analytics.Contract.DataContract.Kinds.FirstOrDefault(k => k.Name == kind);

    /// <summary>
    /// A kind's place in lists: the contract's processing order (references first, then the staff, then the events;
    /// an unrecognized kind last). The kinds' English names in alphabetical order read as no order in Russian.
    /// </summary>
    public static int KindOrder(string kind) => KindNamed(kind)?.Order ?? int.MaxValue;

    private Dictionary<(string Kind, int Year), long> _kindRows = [];

    /// <summary>The rows of a kind of yearly data loaded for a year, in the snapshot's municipalities or outside it.</summary>
    public long RowsOf(string kind, int year) => _kindRows.GetValueOrDefault((kind, year));

    /// <summary>
    /// The kinds of yearly data (<see cref="InputKinds"/>) whose rows in the region in
    /// <paramref name="year"/> are fewer than a fifth of those of the last earlier year that has
    /// any (none at all included): a year whose files have not all arrived — a few courses or routes
    /// of the new year come with the previous year's files — so its indicators on those kinds
    /// show missing files, not the work of the system. A kind with no earlier rows is not judged.
    /// </summary>
    public IReadOnlyList<KindShortfall> Shortfalls(int year) => InputKinds
        .Select(k => (Kind: k, Rows: _kindRows.GetValueOrDefault((k, year)),
            Previous: Years.Where(y => y < year && _kindRows.ContainsKey((k, y))).Select(y => (int?)y).LastOrDefault()))
        .Where(k => k.Previous is { } p && k.Rows * 5 < _kindRows[(k.Kind, p)])
        .Select(k => new KindShortfall(k.Kind, k.Rows, k.Previous!.Value, _kindRows[(k.Kind, k.Previous.Value)]))
        .ToList();

    /// <summary>
    /// The year the site opens on and the pack is made for unless one is asked for: the latest
    /// year without a shortfall of yearly data (<see cref="Shortfalls"/>), else the latest year.
    /// </summary>
    public int DefaultYear => Years.LastOrDefault(y => Shortfalls(y).Count == 0, LatestYear);

    /// <summary>
    /// Refuses a year without indicator values for a document of that year (the pack, an issued set of
    /// recommendations): a typed 2052 for 2025 would otherwise make an empty one.
    /// </summary>
    public void RequireYear(int year)
    {
        if (!Years.Contains(year))
        {
            throw new ArgumentException(MartReader.NoValuesFor(year, Years));
        }
    }

    /// <summary>The targets loaded from targets files: (indicator, from year) → target.</summary>
    public List<(string Indicator, int FromYear, double Target)> LoadedTargets { get; private set; } = [];

    /// <summary>
    /// The target applied to an indicator in a year (the engine's, as the outputs carry it) and
    /// where it comes from: a targets file or the methodology's built-in target.
    /// </summary>
    public (double? Value, string? Source) AppliedTarget(IndicatorDefinition indicator, int year)
    {
        if (Region(indicator.Code, year)?.Target is not { } value)
        {
            return (null, null);
        }
        var loaded = LoadedTargets.Where(t => t.Indicator == indicator.Code && t.FromYear <= year).Select(t => (int?)t.FromYear).Max();
        var builtIn = indicator.Target is { } b && b.FromYear <= year ? b.FromYear : (int?)null;
        return (value, loaded is { } l && (builtIn is null || l >= builtIn) ? "из файла целевых значений" : "встроенная, по методике");
    }

    /// <summary>When the newest data was loaded.</summary>
    public DateTime? AsOf { get; private set; }

    /// <summary>When the site was built.</summary>
    public DateTime BuiltAt { get; private set; }

    /// <summary>A value, or null.</summary>
    public IndicatorValue? Get(string indicator, int year, string entity) => _index.GetValueOrDefault((indicator, year, entity));

    /// <summary>The gap metrics of an indicator in a year (over the published values), or null.</summary>
    public GapRow? Gap(string indicator, int year) => _gaps.GetValueOrDefault((indicator, year));

    /// <summary>The region's value, or null.</summary>
    public IndicatorValue? Region(string indicator, int year) => Get(indicator, year, IndicatorValue.RegionCode);

    /// <summary>A published value (not suppressed), or null.</summary>
    public double? Published(string indicator, int year, string entity) =>
        Get(indicator, year, entity) is { Suppressed: false, Value: { } v } ? v : null;

    /// <summary>The indicators the site and the pack show per organization (a municipality's organizations table and chart).</summary>
    public static readonly IReadOnlyCollection<string> OrganizationIndicators =
        Charts.MunicipalityCharts.Main.Select(i => i.Code).Append(IndicatorCatalog.DiagCoverage.Code).Distinct().ToList();

    /// <summary>
    /// The names as the site shows them: a name shared by several items of one scope (municipalities of the region,
    /// organizations of a municipality) carries the item's code, «Октябрьский район (71645000)» — charts take names
    /// as categories and would draw two municipalities as one bar; the contract keys them by code, not by name.
    /// </summary>
    private static IEnumerable<(T Item, string Name)> Distinct<T>(IReadOnlyList<T> items, Func<T, string> name, Func<T, string> scope, Func<T, string> code)
    {
        var shared = items.GroupBy(i => (Scope: scope(i), Name: name(i))).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return items.Select(i => (i, shared.Contains((scope(i), name(i))) ? $"{name(i)} ({code(i)})" : name(i)));
    }

    /// <summary>
    /// Reads the warehouse (read-only): the indicator marts as published (suppressed figures empty)
    /// and the audit; the organizations' values of <see cref="OrganizationIndicators"/> in
    /// <paramref name="organizations"/> (default: every municipality's; 2 M values at the national scale).
    /// </summary>
    public static SiteData Load(DuckDBConnection connection, DateTime builtAt, OrganizationScope? organizations = null)
    {
        organizations ??= OrganizationScope.All;
        var municipalities = connection.Query(SqlScripts.Get("Sql/Site/municipalities.sql"),
            r => (Code: r.GetString(0), Name: r.GetString(1), Kind: r.IsDBNull(2) ? null : r.GetString(2)));
        var data = new SiteData(new MartReader(connection).All(organizations.Read ? OrganizationIndicators : [], organizations.Municipality))
        {
            BuiltAt = builtAt,
            MunicipalityKinds = municipalities.ToDictionary(m => m.Code, m => m.Kind),
            Municipalities = Distinct(municipalities, m => m.Name, m => "", m => m.Code).Select(m => (m.Item.Code, m.Name))
                .OrderBy(m => m.Name, RussianOrder.Names).ThenBy(m => m.Code, StringComparer.Ordinal).ToList(),
            Organizations = Distinct(connection.Query(SqlScripts.Get("Sql/Site/organizations.sql"), r => new OrganizationInfo(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))),
                o => o.Name, o => o.Municipality, o => o.Id).Select(o => o.Item with { Name = o.Name })
                .OrderBy(o => o.Municipality, StringComparer.Ordinal).ThenBy(o => o.Name, RussianOrder.Names).ThenBy(o => o.Id, StringComparer.Ordinal).ToList(),
            Loads = connection.Query(SqlScripts.Get("Sql/Site/loads.sql"), r => new LoadRecord(r.GetString(0), r.GetDateTime(1), r.GetInt64(2), r.GetInt64(3), Convert.ToInt64(r.GetValue(4), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture)))
                .OrderBy(l => KindOrder(l.Kind)).ToList(),
            FileNotes = connection.Query(SqlScripts.Get("Sql/Site/file_notes.sql"), r => new FileNote(r.GetString(0), r.GetString(1), r.GetDateTime(2), r.GetString(3).Split('\n'))),
            Refusals = connection.Query(SqlScripts.Get("Sql/Site/refusal_reasons.sql"), r => new RefusalCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3))),
            IdleRuns = connection.Query(SqlScripts.Get("Sql/Site/idle_runs.sql"), r => (r.GetInt64(0), r.IsDBNull(1) ? (DateTime?)null : r.GetDateTime(1)))[0],
            Runs = connection.Query(SqlScripts.Get("Sql/Site/runs.sql"), r => new RunRecord(r.GetInt64(0), r.GetString(1), r.GetDateTime(2), r.IsDBNull(3) ? null : r.GetDateTime(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt64(9), r.GetInt64(10), r.IsDBNull(11) ? null : r.GetString(11))),

            AsOf = connection.Scalar<DateTime?>(SqlScripts.Get("Sql/Site/as_of.sql")),
            Issued = RecommendationStore.Issued(connection),
            Measures = RecommendationStore.Measures(connection),
            LoadedTargets = connection.Query(SqlScripts.Get("Sql/Site/targets.sql"), r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2))),
        };
        // One reading per year: an event without a municipality is outside the year's staff snapshot.
        var coverage = data.Years
            .SelectMany(y => connection.Query(SqlScripts.Get("Sql/Site/coverage.sql"), r => (Kind: r.GetString(0), Municipality: r.IsDBNull(1) ? null : r.GetString(1), Year: r.GetInt32(2), Rows: r.GetInt64(3)), ("year", y)))
            .ToList();
        data.CoverageRows = coverage.Where(c => c.Municipality is not null).ToDictionary(c => (c.Kind, c.Municipality!, c.Year), c => c.Rows);
        data.OutsideSnapshot = coverage.Where(c => c.Municipality is null).ToDictionary(c => (c.Kind, c.Year), c => c.Rows);
        data.Coverage = data.CoverageRows.Keys.Where(k => k.Kind == "teachers").Select(k => (k.Municipality, k.Year)).ToHashSet();
        // The rows of a kind that arrived in a year, whether or not their persons are in the year's snapshot.
        data._kindRows = coverage.GroupBy(c => (c.Kind, c.Year)).ToDictionary(g => g.Key, g => g.Sum(c => c.Rows));
        return data;
    }
}

/// <summary>
/// Whose organization values <see cref="SiteData.Load"/> reads: every municipality's (the site),
/// one municipality's (its pack) or none (the region's pack).
/// </summary>
/// <param name="Read">Whether any are read.</param>
/// <param name="Municipality">Only this municipality's organizations, when given.</param>
public sealed record OrganizationScope(bool Read, string? Municipality = null)
{
    /// <summary>Every municipality's organizations.</summary>
    public static OrganizationScope All { get; } = new(true);

    /// <summary>No organization values.</summary>
    public static OrganizationScope None { get; } = new(false);

    /// <summary>One municipality's organizations.</summary>
    public static OrganizationScope Of(string municipality) => new(true, municipality);
}
