namespace Analytics.Warehouse.Indicators;

/// <summary>
/// The indicator catalog, declared once: the commands, the exports, the site and the
/// methodology page all read it. Wording follows the department's methodology.
/// </summary>
public static class IndicatorCatalog
{
    private const string GroupDiagnostics = "Диагностика и дефициты";
    private const string GroupRoutes = "Маршруты и сопровождение";
    private const string GroupTraining = "Повышение квалификации";
    private const string GroupYoung = "Молодые педагоги и наставничество";
    private const string GroupStaff = "Кадры и методический актив";
    private const string GroupPrograms = "Программы ДПП";

    /// <summary>The deficit areas: code → Russian name.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Areas =
    [
        ("subject", "предметные"),
        ("methodical", "методические"),
        ("psych_pedagogical", "психолого-педагогические"),
        ("digital", "ИКТ (цифровые)"),
        ("communicative", "коммуникативные"),
    ];

    /// <summary>The program topics with a share indicator: code → Russian name.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> IndicatorTopics =
    [
        ("quality_assessment", "оценка качества образования"),
        ("low_results_schools", "работа в школах с низкими результатами"),
        ("career_guidance", "профориентация"),
        ("upbringing", "воспитание"),
        ("gifted", "работа с одарёнными детьми"),
    ];

    /// <summary>Every program topic the contract accepts.</summary>
    public static readonly IReadOnlyList<string> AllTopics =
        ["quality_assessment", "low_results_schools", "career_guidance", "upbringing", "gifted", "preschool", "management", "digital"];

    private static readonly Dictionary<string, string> ShortNames = new()
    {
        ["diag_coverage"] = "Охват диагностикой",
        ["deficit_rate"] = "Доля с дефицитами",
        ["deficit_rate.subject"] = "Дефицит: предметные",
        ["deficit_rate.methodical"] = "Дефицит: методические",
        ["deficit_rate.psych_pedagogical"] = "Дефицит: псих.-пед.",
        ["deficit_rate.digital"] = "Дефицит: ИКТ",
        ["deficit_rate.communicative"] = "Дефицит: коммуникативные",
        ["route_share"] = "ИОМ по диагностике",
        ["route_tutor_share"] = "ИОМ с тьютором",
        ["pd_share"] = "ДПП за год",
        ["pd_3y_share"] = "ПК за 3 года",
        ["frdpp_diag_share"] = "ФР ДПП по диагностике",
        ["topic_share.quality_assessment"] = "КПК: оценка качества",
        ["topic_share.low_results_schools"] = "КПК: ШНОР",
        ["topic_share.career_guidance"] = "КПК: профориентация",
        ["topic_share.upbringing"] = "КПК: воспитание",
        ["topic_share.gifted"] = "КПК: одарённые дети",
        ["preschool_pd_share"] = "ДОО: КПК за 3 года",
        ["young_support_share"] = "Поддержка молодых",
        ["mgmt_team_share"] = "Управленческие команды",
        ["teachers_per_methodist"] = "Педагогов на методиста",
        ["staffing_rate"] = "Обеспеченность кадрами",
        ["vacancies"] = "Вакантные ставки",
        ["methodical_active"] = "Методический актив",
        ["program_frdpp_share"] = "ДПП в ФР ДПП",
        ["program_network_share"] = "Сетевые ДПП",
        ["program_updated_share"] = "Обновлённые ДПП",
    };

    /// <summary>Every indicator in display order.</summary>
    public static readonly IReadOnlyList<IndicatorDefinition> All = Build().Select(i => i with { ShortName = ShortNames[i.Code] }).ToList();


    /// <summary>Finds an indicator by code, or null.</summary>
    public static IndicatorDefinition? Find(string code) => All.FirstOrDefault(i => i.Code == code);

    private static List<IndicatorDefinition> Build()
    {
        var list = new List<IndicatorDefinition>
        {
            new("diag_coverage",
                "Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов",
                GroupDiagnostics, "%", Direction.Higher, Levels.All, true,
                "работники среза S(Y), прошедшие диагностику в году Y", "работники среза S(Y)",
                "Приказ ДОН ТО № 606/02, п. 5.2; показатель ММС 1", "diag_coverage"),
            new("deficit_rate",
                "Доля продиагностированных педагогов с выявленными профессиональными дефицитами",
                GroupDiagnostics, "%", Direction.Lower, Levels.All, true,
                "продиагностированные в году Y, у которых последний результат года хотя бы по одной области — дефицит",
                "работники среза S(Y), прошедшие диагностику в году Y",
                "Приказ ДОН ТО № 606/02, п. 5.1 («снижение уровня дефицитов»)", "deficit_rate"),
        };
        list.AddRange(Areas.Select(a => new IndicatorDefinition(
            "deficit_rate." + a.Code,
            "Доля педагогов с дефицитом: " + a.Name,
            GroupDiagnostics, "%", Direction.Lower, Levels.All, true,
            $"работники среза S(Y), у которых последний результат года по области «{a.Name}» — дефицит",
            $"работники среза S(Y) с результатом по области «{a.Name}» в году Y",
            "Приказ ДОН ТО № 606/02, приложение 1, строка 2", "deficit_rate_area", a.Code)));
        list.AddRange(
        [
            new("route_share",
                "Доля педагогов и управленческих кадров, для которых разработаны ИОМ на основе диагностики",
                GroupRoutes, "%", Direction.Higher, Levels.All, true,
                "работники среза S(Y) с ИОМ на основе диагностики, разработанным в году Y (любой статус)", "работники среза S(Y)",
                "Приказ ДОН ТО № 606/02, п. 5.2; показатель ОО 2", "route_share"),
            new("route_tutor_share",
                "Доля педагогов, для которых разработаны ИОМ на основе диагностики и обеспечены тьюторами",
                GroupRoutes, "%", Direction.Higher, Levels.All, true,
                "работники среза S(Y) с ИОМ на основе диагностики, разработанным в году Y, с назначенным тьютором", "работники среза S(Y)",
                "Приказ ДОН ТО № 606/02, п. 5.2; показатели ММС 2, ОО 9", "route_tutor_share"),
            new("pd_share",
                "Доля педагогических работников, освоивших ДПП в отчётном году",
                GroupTraining, "%", Direction.Higher, Levels.All, true,
                "работники среза S(Y), завершившие ДПП в году Y", "работники среза S(Y)",
                "Приказ ДОН ТО № 606/02, показатель ММС 3", "pd_share"),
            new("pd_3y_share",
                "Доля педагогических работников, прошедших повышение квалификации за последние 3 года",
                GroupTraining, "%", Direction.Higher, Levels.All, true,
                "работники среза S(Y), завершившие ДПП в годы Y−2…Y", "работники среза S(Y)",
                "Распоряжение ДОН ТО (дорожная карта), п. 1", "pd_3y_share"),
            new("frdpp_diag_share",
                "Доля педагогических работников, освоивших программы ДПО из ФР ДПП, подобранные с учётом диагностики",
                GroupTraining, "%", Direction.Higher, Levels.All, true,
                "педагоги среза S(Y), завершившие в году Y программу из ФР ДПП на основе диагностики", "педагоги (категория «педагог») среза S(Y)",
                "Приказ ДОН ТО № 606/02, п. 5.2", "frdpp_diag_share", Target: new BuiltInTarget(30, 2024)),
        ]);
        list.AddRange(IndicatorTopics.Select(t => new IndicatorDefinition(
            "topic_share." + t.Code,
            "Доля педагогов ОО, прошедших КПК по тематике: " + t.Name,
            GroupTraining, "%", Direction.Higher, Levels.All, true,
            $"педагоги школ среза S(Y), завершившие в годы Y−2…Y курс по тематике «{t.Name}»",
            "педагоги (категория «педагог») школ среза S(Y)",
            "Приказ ДОН ТО № 606/02, п. 5.2; показатели ОО 4–8", "topic_share", t.Code)));
        list.AddRange(
        [
            new("preschool_pd_share",
                "Доля педагогов дошкольного образования, прошедших КПК за 3 года",
                GroupTraining, "%", Direction.Higher, Levels.All, true,
                "работники ДОО среза S(Y), завершившие ДПП в годы Y−2…Y", "работники ДОО среза S(Y)",
                "Приказ ДОН ТО № 606/02, п. 5.2", "preschool_pd_share"),
            new("young_support_share",
                "Доля педагогов в возрасте до 35 лет в первые три года работы, охваченных формами поддержки и сопровождения",
                GroupYoung, "%", Direction.Higher, Levels.All, true,
                "молодые педагоги среза S(Y) с наставничеством, действовавшим в году Y", "молодые педагоги среза S(Y) (моложе 35 лет, стаж менее 3 лет)",
                "Приказ ДОН ТО № 606/02, п. 5.2; показатель ОО 3", "young_support_share", Target: new BuiltInTarget(70, 2024)),
            new("mgmt_team_share",
                "Доля управленческих команд ОО, принявших участие в программах повышения квалификации",
                GroupStaff, "%", Direction.Higher, Levels.All, false,
                "школы, в которых ДПП в году Y завершили не менее min(2, число руководителей) руководителей", "школы с хотя бы одним руководителем в срезе S(Y)",
                "Приказ ДОН ТО № 606/02, п. 5.2", "mgmt_team_share", Target: new BuiltInTarget(40, 2024)),
            new("teachers_per_methodist",
                "Количество педагогических работников на одного регионального методиста",
                GroupStaff, "чел.", Direction.Lower, Levels.Region | Levels.Municipality, false,
                "работники среза S(Y)", "региональные методисты года Y (роль «методист»; для МО — обслуживающие МО)",
                "Приказ ДОН ТО № 606/02, п. 5.2", "teachers_per_methodist", Target: new BuiltInTarget(250, 2024)) { Measure = Measure.Ratio },
            new("staffing_rate",
                "Обеспеченность ОО педагогическими и управленческими кадрами",
                GroupStaff, "%", Direction.Higher, Levels.All, false,
                "Σ занятых ставок школ на последнюю дату года Y", "Σ штатных единиц школ на последнюю дату года Y",
                "Приказ ДОН ТО № 606/02, п. 5.2; показатель ОО 1", "staffing_rate"),
            new("vacancies",
                "Количество вакантных ставок в ОО",
                GroupStaff, "ед.", Direction.Lower, Levels.All, false,
                "Σ (штатные единицы − занятые) школ на последнюю дату года Y", "",
                "Распоряжение ДОН ТО (дорожная карта), п. 2", "vacancies") { Measure = Measure.Count },
            new("methodical_active",
                "Численность регионального методического актива",
                GroupStaff, "чел.", Direction.Higher, Levels.Region | Levels.Municipality, false,
                "методисты, тьюторы и эксперты года Y", "",
                "Распоряжение ДОН ТО (дорожная карта), п. 2; Приказ № 606/02, п. 3.2.8", "methodical_active") { Measure = Measure.Count },
            new("program_frdpp_share",
                "Доля реализуемых ДПП, включённых в ФР ДПП",
                GroupPrograms, "%", Direction.Higher, Levels.Region, false,
                "программы с курсом, начатым в году Y, включённые в ФР ДПП", "программы с курсом, начатым в году Y",
                "Приказ ДОН ТО № 606/02, п. 5.2", "program_share", "federal_registry"),
            new("program_network_share",
                "Доля ДПП, реализуемых в сетевой форме",
                GroupPrograms, "%", Direction.Higher, Levels.Region, false,
                "программы с курсом, начатым в году Y, реализуемые в сетевой форме", "программы с курсом, начатым в году Y",
                "Дорожная карта ТОГИРРО 2021–2024, п. 1.1; Приказ № 606/02", "program_share", "network_form",
                new BuiltInTarget(20, 2021)),
            new("program_updated_share",
                "Доля обновлённых ДПП",
                GroupPrograms, "%", Direction.Higher, Levels.Region, false,
                "программы с курсом, начатым в году Y, обновлённые в году Y", "программы с курсом, начатым в году Y",
                "Дорожная карта ТОГИРРО 2021–2024, п. 2.2", "program_share", "updated",
                new BuiltInTarget(30, 2021)),
        ]);
        return list;
    }
}
