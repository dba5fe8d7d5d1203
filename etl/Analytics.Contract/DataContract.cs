namespace Analytics.Contract;

/// <summary>
/// The data contract (docs/data-contract.md) as data: every kind of input file, its columns with
/// their Russian aliases, its key and its row rules. Reading, validation, loading, the generator
/// and the tests all read these declarations.
/// </summary>
public static class DataContract
{
    private static readonly Reference MunicipalityExists = new("dim_municipality", "code", "неизвестный муниципалитет (нет в справочнике муниципалитетов)") { LoadedBy = "municipalities" };
    private static readonly Reference OrganizationExists = new("dim_organization", "org_id", "неизвестная организация (нет в справочнике организаций)") { LoadedBy = "organizations" };
    private static readonly Reference ProgramExists = new("dim_program", "program_id", "неизвестная программа (нет в справочнике программ)") { LoadedBy = "programs" };
    private static readonly Reference IndicatorExists = new("dim_indicator", "code", "недопустимое значение; допустимо: ", ListAllowed: true);
    private static readonly Reference MunicipalityOrRegion = MunicipalityExists with { Accepts = ["region", "регион"] };
    private const string EndBeforeStart = "дата окончания раньше даты начала";

    /// <summary>Municipalities, key <c>code</c>.</summary>
    public static readonly FileKind Municipalities = new("municipalities", 1,
    [
        Col("code", ["код МО", "код", "ОКТМО"], ValueKind.Identifier, required: true),
        Col("name", ["наименование", "муниципальное образование"], ValueKind.Text, required: true),
        Col("kind", ["тип"], ValueKind.Text),
    ], ["code"]) { Title = "муниципалитеты" };

    /// <summary>Organizations, key <c>org_id</c>.</summary>
    public static readonly FileKind Organizations = new("organizations", 2,
    [
        Col("org_id", ["код ОО", "ИНН"], ValueKind.Identifier, required: true),
        Col("name", ["наименование ОО", "наименование"], ValueKind.Text, required: true),
        Col("municipality_code", ["код МО"], ValueKind.Identifier, required: true) with { References = MunicipalityExists },
        Col("type", ["тип ОО"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.OrganizationTypes) },
        Col("low_results", ["ШНОР"], ValueKind.Boolean) with { Default = false },
    ], ["org_id"]) { Title = "организации" };

    /// <summary>Programs (ДПП), key <c>program_id</c>.</summary>
    public static readonly FileKind Programs = new("programs", 3,
    [
        Col("program_id", ["код программы"], ValueKind.Identifier, required: true),
        Col("title", ["наименование программы"], ValueKind.Text, required: true),
        Col("kind", ["вид"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.ProgramKinds) },
        Col("hours", ["часы"], ValueKind.WholeNumber) with { Min = 0 },
        Col("provider", ["организация"], ValueKind.Text),
        Col("federal_registry", ["ФР ДПП"], ValueKind.Boolean, required: true),
        Col("network_form", ["сетевая форма"], ValueKind.Boolean) with { Default = false },
        Col("updated_year", ["год обновления"], ValueKind.WholeNumber) with { Min = 1990, Max = 2100 },
        Col("topics", ["тематика"], ValueKind.CodeList) with { Codes = Codes(Vocabulary.ProgramTopics) },
        Col("areas", ["дефициты"], ValueKind.CodeList) with { Codes = Codes(Vocabulary.DeficitAreas) },
    ], ["program_id"]) { Title = "программы ДПП" };

    /// <summary>Targets overriding the built-in ones, key (<c>indicator</c>, <c>from_year</c>).</summary>
    public static readonly FileKind Targets = new("targets", 4,
    [
        // Checked against the indicator catalog in the warehouse (dim_indicator) when the file loads.
        Col("indicator", ["показатель"], ValueKind.Text, required: true) with { LowerCase = true, References = IndicatorExists },
        Col("from_year", ["с года"], ValueKind.WholeNumber, required: true) with { Min = 1990, Max = 2100 },
        Col("target", ["целевое значение"], ValueKind.Number, required: true) with { Percent = true, Min = 0, UnitOf = "indicator" },
    ], ["indicator", "from_year"]) { Title = "целевые значения" };

    /// <summary>The yearly staff snapshot, key (<c>year</c>, <c>snils</c>).</summary>
    public static readonly FileKind Teachers = new("teachers", 5,
    [
        Col("year", ["год"], ValueKind.WholeNumber, required: true) with { Min = 1990, Max = 2100 },
        Col("snils", ["СНИЛС"], ValueKind.Snils, required: true, target: "person_key"),
        Col("last_name", ["фамилия"], ValueKind.Dropped),
        Col("first_name", ["имя"], ValueKind.Dropped),
        Col("middle_name", ["отчество"], ValueKind.Dropped),
        Col("birth_date", ["дата рождения"], ValueKind.BirthDate, required: true, target: "birth_year"),
        Col("org_id", ["код ОО"], ValueKind.Identifier, required: true) with { References = OrganizationExists },
        Col("role", ["категория"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.StaffRoles) },
        Col("experience_years", ["педагогический стаж", "стаж"], ValueKind.WholeNumber, required: true) with { Min = 0, Max = 80 },
        Col("position", ["должность"], ValueKind.Text),
    ], ["year", "snils"])
    {
        Title = "кадры",
        Rules =
        [
            new RowRule("birth_date", "year - birth_year NOT BETWEEN 14 AND 100", "возраст в году среза вне диапазона 14..100 лет"),
            new RowRule("experience_years", "year - birth_year BETWEEN 14 AND 100 AND experience_years > year - birth_year - 14", "стаж больше возраста без 14 лет"),
        ],
    };

    /// <summary>The regional methodological pool, key (<c>year</c>, <c>snils</c>).</summary>
    public static readonly FileKind Methodists = new("methodists", 6,
    [
        Col("year", ["год"], ValueKind.WholeNumber, required: true) with { Min = 1990, Max = 2100 },
        Col("snils", ["СНИЛС"], ValueKind.Snils, required: true, target: "person_key"),
        Col("municipality_code", ["код МО"], ValueKind.Identifier, required: true) with { References = MunicipalityExists },
        Col("role", ["роль"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.PoolRoles) },
    ], ["year", "snils"]) { Title = "методический актив" };

    /// <summary>Staffing of an organization at a date, key (<c>org_id</c>, <c>date</c>).</summary>
    public static readonly FileKind Staffing = new("staffing", 7,
    [
        Col("org_id", ["код ОО"], ValueKind.Identifier, required: true) with { References = OrganizationExists },
        Col("date", ["дата"], ValueKind.Date, required: true),
        Col("positions", ["штатные единицы"], ValueKind.Number, required: true) with { Min = 0 },
        Col("filled", ["занято"], ValueKind.Number, required: true) with { Min = 0 },
    ], ["org_id", "date"])
    {
        Title = "штатное расписание",
        Rules = [new RowRule("filled", "filled > positions", "занято больше, чем штатных единиц")],
    };

    /// <summary>Diagnostic results, key (<c>snils</c>, <c>date</c>, <c>area</c>).</summary>
    public static readonly FileKind Diagnostics = new("diagnostics", 8,
    [
        Col("snils", ["СНИЛС"], ValueKind.Snils, required: true, target: "person_key"),
        Col("date", ["дата диагностики", "дата"], ValueKind.Date, required: true),
        Col("area", ["область", "вид дефицита"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.DeficitAreas) },
        Col("score", ["результат", "балл"], ValueKind.Number, required: true) with { Min = 0, Max = 100, Percent = true },
    ], ["snils", "date", "area"]) { Title = "диагностика дефицитов" };

    /// <summary>Course enrollments, key (<c>snils</c>, <c>program_id</c>, <c>start_date</c>).</summary>
    public static readonly FileKind Courses = new("courses", 9,
    [
        Col("snils", ["СНИЛС"], ValueKind.Snils, required: true, target: "person_key"),
        Col("program_id", ["код программы"], ValueKind.Identifier, required: true) with { References = ProgramExists },
        Col("start_date", ["дата начала"], ValueKind.Date, required: true),
        Col("end_date", ["дата окончания"], ValueKind.Date),
        Col("status", ["статус"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.CourseStatuses) },
    ], ["snils", "program_id", "start_date"])
    {
        Title = "обучение по ДПП",
        Rules =
        [
            new RowRule("end_date", "end_date < start_date", EndBeforeStart),
            new RowRule("end_date", "status = 'completed' AND end_date IS NULL", "не указана дата окончания завершённого курса"),
        ],
    };

    /// <summary>Individual routes (ИОМ), key <c>route_id</c>.</summary>
    public static readonly FileKind Routes = new("routes", 10,
    [
        Col("route_id", ["номер ИОМ"], ValueKind.Identifier, required: true),
        Col("snils", ["СНИЛС"], ValueKind.Snils, required: true, target: "person_key"),
        Col("created_date", ["дата разработки"], ValueKind.Date, required: true),
        Col("tutor_snils", ["СНИЛС тьютора"], ValueKind.Snils, target: "tutor_key"),
        Col("status", ["статус"], ValueKind.Code) with
        {
            Codes = Codes(Vocabulary.RouteStatuses),
            Default = "active",
        },
        Col("completed_date", ["дата завершения"], ValueKind.Date),
    ], ["route_id"])
    {
        Title = "индивидуальные маршруты",
        Rules = [new RowRule("completed_date", "completed_date < created_date", EndBeforeStart)],
    };

    /// <summary>Mentoring of young teachers, key (<c>mentee_snils</c>, <c>start_date</c>).</summary>
    public static readonly FileKind Mentoring = new("mentoring", 11,
    [
        Col("mentee_snils", ["СНИЛС наставляемого"], ValueKind.Snils, required: true, target: "mentee_key"),
        Col("mentor_snils", ["СНИЛС наставника"], ValueKind.Snils, target: "mentor_key"),
        Col("start_date", ["дата начала"], ValueKind.Date, required: true),
        Col("end_date", ["дата окончания"], ValueKind.Date),
        Col("form", ["форма поддержки"], ValueKind.Text),
    ], ["mentee_snils", "start_date"])
    {
        Title = "наставничество",
        Rules = [new RowRule("end_date", "end_date < start_date", EndBeforeStart)],
    };

    /// <summary>
    /// Measures (мероприятия) taken on the addressed recommendations, key (<c>municipality_code</c>,
    /// <c>indicator</c>, <c>year</c>, <c>title</c>); <c>year</c> is the year of the recommendation
    /// the measure answers; <c>municipality_code</c> may be <c>region</c> for a regional measure.
    /// </summary>
    public static readonly FileKind Measures = new("measures", 12,
    [
        Col("municipality_code", ["код МО"], ValueKind.Identifier, required: true) with { References = MunicipalityOrRegion },
        Col("indicator", ["показатель"], ValueKind.Text, required: true) with { LowerCase = true, References = IndicatorExists },
        Col("year", ["год"], ValueKind.WholeNumber, required: true) with { Min = 1990, Max = 2100 },
        Col("title", ["мероприятие", "наименование мероприятия"], ValueKind.Text, required: true),
        Col("start_date", ["дата начала"], ValueKind.Date, required: true),
        Col("end_date", ["дата окончания"], ValueKind.Date),
        Col("responsible", ["ответственный"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.ResponsibleBodies) },
        Col("status", ["статус"], ValueKind.Code, required: true) with { Codes = Codes(Vocabulary.MeasureStatuses) },
    ], ["municipality_code", "indicator", "year", "title"])
    {
        Title = "мероприятия",
        Rules = [new RowRule("end_date", "end_date < start_date", EndBeforeStart)],
    };

    /// <summary>Every kind, in the order a run processes them.</summary>
    public static readonly IReadOnlyList<FileKind> Kinds =
        new[] { Municipalities, Organizations, Programs, Targets, Teachers, Methodists, Staffing, Diagnostics, Courses, Routes, Mentoring, Measures }
            .OrderBy(k => k.Order).ToArray();

    /// <summary>
    /// The kind of a file from the start of its name, before the first <c>_</c>, <c>-</c>, <c>.</c>
    /// or digit, case-insensitive; null when no kind has that name.
    /// </summary>
    public static FileKind? KindOf(string fileName) => KindOf(fileName, Kinds);

    /// <summary>The kind of a file among <paramref name="kinds"/>.</summary>
    public static FileKind? KindOf(string fileName, IReadOnlyList<FileKind> kinds)
    {
        var prefix = KindPrefix(fileName);
        return kinds.FirstOrDefault(k => string.Equals(k.Name, prefix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What names a file's kind: the start of its name before the first <c>_</c>, <c>-</c>, <c>.</c> or digit (never holds a digit).</summary>
    public static string KindPrefix(string fileName)
    {
        var name = Path.GetFileName(fileName);
        var end = name.IndexOfAny(['_', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        return end < 0 ? name : name[..end];
    }

    /// <summary>
    /// The kind a file of no kind was likely meant to be: its name begins, after white space, with a kind's
    /// name followed by something else than the contract's separators («programs (1).csv», «Teachers 2024.csv»).
    /// </summary>
    public static FileKind? LikelyKind(string fileName)
    {
        var prefix = KindPrefix(fileName).TrimStart();
        return Kinds.Where(k => prefix.StartsWith(k.Name, StringComparison.OrdinalIgnoreCase)).MaxBy(k => k.Name.Length);
    }

    private static ColumnSpec Col(string name, string[] aliases, ValueKind kind, bool required = false, string? target = null) =>
        new(name, aliases, kind, required, kind == ValueKind.Dropped ? null : target ?? name);

    private static Dictionary<string, string> Codes(IReadOnlyList<Term> terms)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var spelling in term.Spellings)
            {
                map[spelling] = term.Code;
            }
        }
        return map;
    }
}
