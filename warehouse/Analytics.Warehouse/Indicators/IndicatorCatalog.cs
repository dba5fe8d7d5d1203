using Analytics.Contract;

namespace Analytics.Warehouse.Indicators;

/// <summary>
/// The indicator catalog, declared once: the commands, the exports, the site and the
/// methodology page all read it. Wording follows the department's methodology.
/// </summary>
public static class IndicatorCatalog
{
    /// <summary>Диагностика и дефициты.</summary>
    public static readonly IndicatorGroup Diagnostics = new("Диагностика и дефициты");

    /// <summary>Маршруты и сопровождение.</summary>
    public static readonly IndicatorGroup Routes = new("Маршруты и сопровождение");

    /// <summary>Повышение квалификации.</summary>
    public static readonly IndicatorGroup Training = new("Повышение квалификации");

    /// <summary>Молодые педагоги и наставничество.</summary>
    public static readonly IndicatorGroup Young = new("Молодые педагоги и наставничество");

    /// <summary>Кадры и методический актив.</summary>
    public static readonly IndicatorGroup Staff = new("Кадры и методический актив");

    /// <summary>Программы ДПП.</summary>
    public static readonly IndicatorGroup Programs = new("Программы ДПП");

    /// <summary>The program topics that have a share indicator, in display order.</summary>
    public static readonly IReadOnlyList<Term> IndicatorTopics =
        new[] { "quality_assessment", "low_results_schools", "career_guidance", "upbringing", "gifted" }
            .Select(code => Vocabulary.ProgramTopics.Single(t => t.Code == code)).ToArray();

    private static readonly Dictionary<string, string> AreaShortNames = new()
    {
        ["subject"] = "Дефицит: предметные", ["methodical"] = "Дефицит: методические", ["psych_pedagogical"] = "Дефицит: псих.-пед.",
        ["digital"] = "Дефицит: ИКТ", ["communicative"] = "Дефицит: коммуникативные",
    };

    private static readonly Dictionary<string, string> TopicShortNames = new()
    {
        ["quality_assessment"] = "КПК: оценка качества", ["low_results_schools"] = "КПК: ШНОР", ["career_guidance"] = "КПК: профориентация",
        ["upbringing"] = "КПК: воспитание", ["gifted"] = "КПК: одарённые дети",
    };

    /// <summary>Доля педагогических работников и управленческих кадров, прошедших диагностику.</summary>
    public static readonly IndicatorDefinition DiagCoverage = new()
    {
        Code = "diag_coverage",
        Name = "Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов",
        ShortName = "Охват диагностикой", Group = Diagnostics, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
        Numerator = "работники среза кадров, прошедшие диагностику в отчётном году", Denominator = "работники среза кадров",
        Source = "Приказ ДОН ТО № 606/02, п. 5.2; показатель ММС 1", Persons = new("diagnosed", "true"), Featured = true,
    };

    /// <summary>Доля продиагностированных педагогов с выявленными дефицитами.</summary>
    public static readonly IndicatorDefinition DeficitRate = new()
    {
        Code = "deficit_rate",
        Name = "Доля продиагностированных педагогов с выявленными профессиональными дефицитами",
        ShortName = "Доля с дефицитами", Group = Diagnostics, Unit = "%", Direction = Direction.Lower, Levels = Levels.All,
        Numerator = "продиагностированные в отчётном году, у которых последний результат года хотя бы по одной области — дефицит",
        Denominator = "работники среза кадров, прошедшие диагностику в отчётном году",
        Source = "Приказ ДОН ТО № 606/02, п. 5.1 («снижение уровня дефицитов»)", Persons = new("deficit_mask <> 0", "diagnosed"), Featured = true,
    };

    /// <summary>The deficit rate of each area, in the vocabulary's order.</summary>
    public static readonly IReadOnlyList<(Term Area, IndicatorDefinition Indicator)> AreaIndicators =
        Vocabulary.DeficitAreas.Select(a => (a, new IndicatorDefinition
        {
            Code = "deficit_rate." + a.Code,
            Name = "Доля педагогов с дефицитом: " + a.Name,
            ShortName = AreaShortNames[a.Code], Group = Diagnostics, Unit = "%", Direction = Direction.Lower, Levels = Levels.All,
            Numerator = $"работники среза кадров, у которых последний результат года по области «{a.Name}» — дефицит",
            Denominator = $"работники среза кадров с результатом по области «{a.Name}» в отчётном году",
            Source = "Приказ ДОН ТО № 606/02, приложение 1, строка 2", Persons = new($"(deficit_mask & {Bit(Vocabulary.DeficitAreas, a)}) <> 0", $"(result_mask & {Bit(Vocabulary.DeficitAreas, a)}) <> 0"),
        })).ToArray();

    /// <summary>Доля с ИОМ на основе диагностики.</summary>
    public static readonly IndicatorDefinition RouteShare = new()
    {
        Code = "route_share",
        Name = "Доля педагогов и управленческих кадров, для которых разработаны ИОМ на основе диагностики",
        ShortName = "ИОМ по диагностике", Group = Routes, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
        Numerator = "работники среза кадров с ИОМ на основе диагностики, разработанным в отчётном году (любой статус)", Denominator = "работники среза кадров",
        Source = "Приказ ДОН ТО № 606/02, п. 5.2; показатель ОО 2", Persons = new("routed", "true"), Featured = true,
    };

    /// <summary>Доля с ИОМ на основе диагностики и тьютором.</summary>
    public static readonly IndicatorDefinition RouteTutorShare = new()
    {
        Code = "route_tutor_share",
        Name = "Доля педагогов, для которых разработаны ИОМ на основе диагностики и обеспечены тьюторами",
        ShortName = "ИОМ с тьютором", Group = Routes, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
        Numerator = "работники среза кадров с ИОМ на основе диагностики, разработанным в отчётном году, с назначенным тьютором", Denominator = "работники среза кадров",
        Source = "Приказ ДОН ТО № 606/02, п. 5.2; показатели ММС 2, ОО 9", Persons = new("tutored", "true"),
    };

    /// <summary>Доля педагогов с курсом ФР ДПП на основе диагностики.</summary>
    public static readonly IndicatorDefinition FrdppDiagShare = new()
    {
        Code = "frdpp_diag_share",
        Name = "Доля педагогических работников, освоивших программы ДПО из ФР ДПП, подобранные с учётом диагностики",
        ShortName = "ФР ДПП по диагностике", Group = Training, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
        Numerator = "педагоги среза кадров, завершившие в отчётном году программу из ФР ДПП на основе диагностики", Denominator = "педагоги (категория «педагог») среза кадров",
        Source = "Приказ ДОН ТО № 606/02, п. 5.2", Persons = new("role = 'teacher' AND frdpp", "role = 'teacher'"), Target = new BuiltInTarget(30, 2024), Featured = true,
    };

    /// <summary>The diagnostic funnel of the deficits page: staff → diagnosed → with a deficit → route → tutor → federal-registry course.</summary>
    public static readonly IReadOnlyList<FunnelStep> DiagnosticFunnel =
    [
        new("работники (срез)", DiagCoverage, FromDenominator: true),
        new("прошли диагностику", DiagCoverage),
        new("выявлен дефицит", DeficitRate),
        new("ИОМ на основе диагностики", RouteShare),
        new("ИОМ с тьютором", RouteTutorShare),
        new("курс ФР ДПП по диагностике", FrdppDiagShare),
    ];

    /// <summary>Every indicator in display order.</summary>
    public static readonly IReadOnlyList<IndicatorDefinition> All = Build();

    // Declared after All: static fields initialize in order.
    private static readonly Dictionary<string, int> Positions = All.Select((i, n) => (i.Code, n)).ToDictionary(p => p.Code, p => p.n);

    /// <summary>
    /// The bit of a term in the person-year table's masks of areas and topics: its place in its
    /// vocabulary list (the engine fills the same bits into the SQL).
    /// </summary>
    public static int Bit(IReadOnlyList<Term> list, Term term) => 1 << list.ToList().IndexOf(term);

    /// <summary>Finds an indicator by code, or null.</summary>
    public static IndicatorDefinition? Find(string code) => All.FirstOrDefault(i => i.Code == code);

    /// <summary>An indicator's place in the catalog (its display and sort order), or −1 for an unknown code.</summary>
    public static int Order(string code) => Positions.GetValueOrDefault(code, -1);

    /// <summary>The indicators of a group, in display order.</summary>
    public static IEnumerable<IGrouping<IndicatorGroup, IndicatorDefinition>> ByGroup() => All.GroupBy(i => i.Group);

    private static List<IndicatorDefinition> Build()
    {
        var list = new List<IndicatorDefinition> { DiagCoverage, DeficitRate };
        list.AddRange(AreaIndicators.Select(a => a.Indicator));
        list.AddRange([RouteShare, RouteTutorShare]);
        list.AddRange(
        [
            new()
            {
                Code = "pd_share", Name = "Доля педагогических работников, освоивших ДПП в отчётном году",
                ShortName = "ДПП за год", Group = Training, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
                Numerator = "работники среза кадров, завершившие ДПП в отчётном году", Denominator = "работники среза кадров",
                Source = "Приказ ДОН ТО № 606/02, показатель ММС 3", Persons = new("completed", "true"),
            },
            new()
            {
                Code = "pd_3y_share", Name = "Доля педагогических работников, прошедших повышение квалификации за последние 3 года",
                ShortName = "ПК за 3 года", Group = Training, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
                Numerator = "работники среза кадров, завершившие ДПП за отчётный год и два предыдущих", Denominator = "работники среза кадров",
                Source = "Распоряжение ДОН ТО (дорожная карта), п. 1", Persons = new("trained_3y", "true"), Featured = true,
            },
            FrdppDiagShare,
        ]);
        list.AddRange(IndicatorTopics.Select(t => new IndicatorDefinition
        {
            Code = "topic_share." + t.Code, Name = "Доля педагогов ОО, прошедших КПК по тематике: " + t.Name,
            ShortName = TopicShortNames[t.Code], Group = Training, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
            Numerator = $"педагоги школ среза кадров, завершившие за отчётный год и два предыдущих курс по тематике «{t.Name}»",
            Denominator = "педагоги (категория «педагог») школ среза кадров",
            Source = "Приказ ДОН ТО № 606/02, п. 5.2; показатели ОО 4–8", Persons = new($"role = 'teacher' AND org_type = 'school' AND (topics_3y & {Bit(Vocabulary.ProgramTopics, t)}) <> 0", "role = 'teacher' AND org_type = 'school'"),
        }));
        list.AddRange(
        [
            new()
            {
                Code = "preschool_pd_share", Name = "Доля педагогов дошкольного образования, прошедших КПК за 3 года",
                ShortName = "ДОО: КПК за 3 года", Group = Training, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
                Numerator = "работники ДОО среза кадров, завершившие ДПП за отчётный год и два предыдущих", Denominator = "работники ДОО среза кадров",
                Source = "Приказ ДОН ТО № 606/02, п. 5.2", Persons = new("org_type = 'preschool' AND trained_3y", "org_type = 'preschool'"),
            },
            new()
            {
                Code = "young_support_share",
                Name = "Доля педагогов в возрасте до 35 лет в первые три года работы, охваченных формами поддержки и сопровождения",
                ShortName = "Поддержка молодых", Group = Young, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
                Numerator = "молодые педагоги среза кадров с наставничеством, действовавшим в отчётном году",
                Denominator = "молодые педагоги среза кадров (моложе 35 лет, стаж менее 3 лет)",
                Source = "Приказ ДОН ТО № 606/02, п. 5.2; показатель ОО 3", Persons = new("young AND mentored", "young"), Target = new BuiltInTarget(70, 2024), Featured = true,
            },
            new()
            {
                Code = "mgmt_team_share", Name = "Доля управленческих команд ОО, принявших участие в программах повышения квалификации",
                ShortName = "Управленческие команды", Group = Staff, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
                Numerator = "школы, в которых ДПП в отчётном году завершили не менее min(2, число руководителей) руководителей",
                Denominator = "школы с хотя бы одним руководителем в срезе кадров",
                Source = "Приказ ДОН ТО № 606/02, п. 5.2", Query = "mgmt_team_share", Target = new BuiltInTarget(40, 2024), Featured = true,
            },
            new()
            {
                Code = "teachers_per_methodist", Name = "Количество педагогических работников на одного регионального методиста",
                ShortName = "Педагогов на методиста", Group = Staff, Unit = "чел.", Direction = Direction.Lower, Levels = Levels.Region | Levels.Municipality,
                Numerator = "работники среза кадров", Denominator = "региональные методисты отчётного года (роль «методист»; для МО — обслуживающие МО)",
                Source = "Приказ ДОН ТО № 606/02, п. 5.2", Query = "teachers_per_methodist", Target = new BuiltInTarget(250, 2024), Measure = Measure.Ratio,
                ZeroDenominator = "нет методистов",
            },
            new()
            {
                Code = "staffing_rate", Name = "Обеспеченность ОО педагогическими и управленческими кадрами",
                ShortName = "Обеспеченность кадрами", Group = Staff, Unit = "%", Direction = Direction.Higher, Levels = Levels.All,
                Numerator = "Σ занятых ставок школ на последнюю дату отчётного года", Denominator = "Σ штатных единиц школ на последнюю дату отчётного года",
                Source = "Приказ ДОН ТО № 606/02, п. 5.2; показатель ОО 1", Query = "staffing_rate",
            },
            new()
            {
                Code = "vacancies", Name = "Количество вакантных ставок в ОО",
                ShortName = "Вакантные ставки", Group = Staff, Unit = "ед.", Direction = Direction.Lower, Levels = Levels.All,
                Numerator = "Σ (штатные единицы − занятые) школ на последнюю дату отчётного года",
                Source = "Распоряжение ДОН ТО (дорожная карта), п. 2", Query = "vacancies", Measure = Measure.Count,
            },
            new()
            {
                Code = "vacancy_rate", Name = "Доля вакантных ставок в штатных единицах школ",
                ShortName = "Вакантные ставки, %", Group = Staff, Unit = "%", Direction = Direction.Lower, Levels = Levels.All,
                Numerator = "Σ (штатные единицы − занятые) школ на последнюю дату отчётного года", Denominator = "Σ штатных единиц школ на последнюю дату отчётного года",
                Source = "Распоряжение ДОН ТО (дорожная карта), п. 2 — в расчёте на 100 ставок, чтобы муниципалитеты разного размера были сравнимы",
                Query = "vacancy_rate",
            },
            new()
            {
                Code = "methodical_active", Name = "Численность регионального методического актива",
                ShortName = "Методический актив", Group = Staff, Unit = "чел.", Direction = Direction.Higher, Levels = Levels.Region | Levels.Municipality,
                Numerator = "методисты, тьюторы и эксперты отчётного года",
                Source = "Распоряжение ДОН ТО (дорожная карта), п. 2; Приказ № 606/02, п. 3.2.8", Query = "methodical_active", Measure = Measure.Count,
            },
            new()
            {
                Code = "methodical_active_per_1000", Name = "Численность методического актива на 1 000 педагогических работников",
                ShortName = "Методический актив на 1 000", Group = Staff, Unit = "на 1 000 работников", Direction = Direction.Higher, Levels = Levels.Region | Levels.Municipality,
                Numerator = "методисты, тьюторы и эксперты отчётного года (для МО — обслуживающие МО)", Denominator = "работники среза кадров",
                Source = "Распоряжение ДОН ТО (дорожная карта), п. 2; Приказ № 606/02, п. 3.2.8 — в расчёте на 1 000 работников, чтобы муниципалитеты разного размера были сравнимы",
                Query = "methodical_active_per_1000", Measure = Measure.PerThousand,
            },
            new()
            {
                Code = "program_frdpp_share", Name = "Доля реализуемых ДПП, включённых в ФР ДПП",
                ShortName = "ДПП в ФР ДПП", Group = Programs, Unit = "%", Direction = Direction.Higher, Levels = Levels.Region,
                Numerator = "программы с курсом, начатым в отчётном году, включённые в ФР ДПП", Denominator = "программы с курсом, начатым в отчётном году",
                Source = "Приказ ДОН ТО № 606/02, п. 5.2", Query = "program_share", Parameter = "federal_registry",
            },
            new()
            {
                Code = "program_network_share", Name = "Доля ДПП, реализуемых в сетевой форме",
                ShortName = "Сетевые ДПП", Group = Programs, Unit = "%", Direction = Direction.Higher, Levels = Levels.Region,
                Numerator = "программы с курсом, начатым в отчётном году, реализуемые в сетевой форме", Denominator = "программы с курсом, начатым в отчётном году",
                Source = "Дорожная карта ТОГИРРО 2021–2024, п. 1.1; Приказ № 606/02", Query = "program_share", Parameter = "network_form",
                Target = new BuiltInTarget(20, 2021),
            },
            new()
            {
                Code = "program_updated_share", Name = "Доля обновлённых ДПП",
                ShortName = "Обновлённые ДПП", Group = Programs, Unit = "%", Direction = Direction.Higher, Levels = Levels.Region,
                Numerator = "программы с курсом, начатым в отчётном году, обновлённые в отчётном году", Denominator = "программы с курсом, начатым в отчётном году",
                Source = "Дорожная карта ТОГИРРО 2021–2024, п. 2.2", Query = "program_share", Parameter = "updated",
                Target = new BuiltInTarget(30, 2021),
            },
        ]);
        return list;
    }
}

/// <summary>A step of the diagnostic funnel: a label and the indicator figure it counts.</summary>
/// <param name="Label">The Russian label of the step.</param>
/// <param name="Indicator">The indicator whose numerator (or denominator) is the step's count.</param>
/// <param name="FromDenominator">Count the denominator instead of the numerator.</param>
public sealed record FunnelStep(string Label, IndicatorDefinition Indicator, bool FromDenominator = false);
