namespace Analytics.Contract;

/// <summary>A value of a closed list: its code, its Russian name, and the other spellings files use.</summary>
/// <param name="Code">The code stored in the warehouse and written in exports.</param>
/// <param name="Name">The Russian name shown to users.</param>
/// <param name="Aliases">Other spellings accepted in input files (the code and the name are accepted too).</param>
public sealed record Term(string Code, string Name, params string[] Aliases)
{
    /// <summary>Every spelling that means this term: the code, the name and the aliases.</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Name).Prepend(Code);
}

/// <summary>
/// The closed lists of the domain, declared once with their Russian names and aliases. The data
/// contract validates against them, the indicator catalog names its indicators from them, the
/// warehouse fills its dimension rows from them and the pages show their names.
/// </summary>
public static class Vocabulary
{
    /// <summary>
    /// The spellings of a boolean: the contract's true/false, 1/0, да/нет, yes/no, and ИСТИНА/ЛОЖЬ, which
    /// Excel in a Russian locale writes for a TRUE/FALSE cell when it saves a CSV. Matched in lower case.
    /// </summary>
    public static readonly IReadOnlyList<(string True, string False)> BooleanSpellings =
        [("true", "false"), ("1", "0"), ("да", "нет"), ("yes", "no"), ("истина", "ложь")];

    /// <summary>The deficit areas of a diagnostic (and of the programs that address them).</summary>
    public static readonly IReadOnlyList<Term> DeficitAreas =
    [
        new("subject", "предметные", "предметный", "предметная"),
        new("methodical", "методические", "методический", "методическая"),
        new("psych_pedagogical", "психолого-педагогические", "психолого-педагогический", "психолого-педагогическая"),
        new("digital", "ИКТ (цифровые)", "ИКТ", "цифровые", "ИКТ-компетентность"),
        new("communicative", "коммуникативные", "коммуникативный", "коммуникативная"),
    ];

    /// <summary>The topics of a program (ДПП).</summary>
    public static readonly IReadOnlyList<Term> ProgramTopics =
    [
        new("quality_assessment", "оценка качества образования"),
        new("low_results_schools", "работа в школах с низкими результатами"),
        new("career_guidance", "профориентация"),
        new("upbringing", "воспитание"),
        new("gifted", "работа с одарёнными детьми"),
        new("preschool", "дошкольное образование"),
        new("management", "управление образовательной организацией"),
        new("digital", "цифровая образовательная среда"),
    ];

    /// <summary>The kinds of a program: short course or retraining.</summary>
    public static readonly IReadOnlyList<Term> ProgramKinds =
    [
        new("pk", "повышение квалификации", "ПК"),
        new("pp", "профессиональная переподготовка", "ПП"),
    ];

    /// <summary>The types of an organization.</summary>
    public static readonly IReadOnlyList<Term> OrganizationTypes =
    [
        new("school", "общеобразовательная организация", "ОО", "школа"),
        new("preschool", "дошкольная образовательная организация", "ДОО", "детский сад"),
        new("additional", "организация дополнительного образования", "УДО", "ОДО"),
        new("college", "профессиональная образовательная организация", "ПОО", "СПО"),
        new("university", "образовательная организация высшего образования", "ВУЗ", "ОО ВО"),
        new("dpo", "организация дополнительного профессионального образования", "ДПО"),
    ];

    /// <summary>The roles of a person in the staff snapshot.</summary>
    public static readonly IReadOnlyList<Term> StaffRoles =
    [
        new("teacher", "педагог", "педагогический работник"),
        new("manager", "руководитель", "управленческие кадры", "заместитель руководителя"),
    ];

    /// <summary>The roles in the regional methodological pool.</summary>
    public static readonly IReadOnlyList<Term> PoolRoles =
    [
        new("methodist", "методист"),
        new("tutor", "тьютор"),
        new("expert", "эксперт"),
    ];

    /// <summary>The statuses of a course enrollment.</summary>
    public static readonly IReadOnlyList<Term> CourseStatuses =
    [
        new("completed", "завершил", "завершила", "завершено", "окончил"),
        new("in_progress", "обучается"),
        new("dropped", "отчислен", "отчислена"),
    ];

    /// <summary>The statuses of an individual route (ИОМ).</summary>
    public static readonly IReadOnlyList<Term> RouteStatuses =
    [
        new("active", "действует", "активен"),
        new("completed", "завершён", "завершен"),
        new("cancelled", "отменён", "отменен"),
    ];

    /// <summary>The Russian name of a code in a list, or the code itself when the list lacks it.</summary>
    public static string NameOf(IReadOnlyList<Term> list, string code) =>
        list.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    /// <summary>Statuses of a measure (мероприятие) taken on a recommendation.</summary>
    public static readonly IReadOnlyList<Term> MeasureStatuses =
    [
        new("planned", "запланировано", "запланирован", "в плане"),
        new("done", "выполнено", "выполнен", "проведено", "проведён"),
        new("cancelled", "отменено", "отменён", "отменен"),
    ];

    /// <summary>
    /// The bodies responsible for a measure or a recommendation (a body, never a person: the
    /// column cannot carry a name).
    /// </summary>
    public static readonly IReadOnlyList<Term> ResponsibleBodies =
    [
        new("department", "департамент", "ДОН", "департамент образования и науки"),
        new("mms", "ММС", "муниципальная методическая служба"),
        new("mouo", "МОУО", "муниципальный орган управления образованием"),
        new("heads", "руководители ОО", "руководители образовательных организаций"),
        new("cnppm", "ЦНППМ", "центр непрерывного повышения профессионального мастерства"),
        new("togirro", "ТОГИРРО", "институт развития регионального образования"),
    ];
}
