using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Recommendations;

namespace Analytics.Dashboards.Cycle;

/// <summary>
/// The management cycle of a year as the pages show it (effectiveness.html and the collegium
/// pack): the year's recommendations (issued or «проект»), the analysis of effectiveness of the
/// previous year's, and the draft decision of the collegium. Every sentence is computed.
/// </summary>
public static class CycleView
{
    /// <summary>The view model of a year.</summary>
    public static CycleModel For(SiteData data, int year)
    {
        var names = data.Municipalities.ToDictionary(m => m.Code, m => m.Name);
        string Name(string code) => names.GetValueOrDefault(code, code);
        var set = data.RecommendationsFor(year);
        var report = data.EffectivenessFor(year);
        var byMunicipality = set.Items.GroupBy(r => r.Municipality).OrderBy(g => Name(g.Key), RussianOrder.Names).ToList();
        string? more = null;
        if (data.National && byMunicipality.Count > NationalList)
        {
            // The national form: the municipalities with the most important recommendations first.
            more = $"Рекомендации ещё {RussianFormat.Number(byMunicipality.Count - NationalList, 0)} {RussianFormat.Plural(byMunicipality.Count - NationalList, "муниципалитету", "муниципалитетам", "муниципалитетам")} — на их страницах и в выгрузке рекомендаций (./analytics recommendations).";
            byMunicipality = byMunicipality.OrderByDescending(g => g.Sum(r => r.Severity)).ThenBy(g => Name(g.Key), RussianOrder.Names).Take(NationalList).ToList();
        }
        return new CycleModel(
            year,
            SetStatus(set),
            $"{Recommendations(set.Items.Count)} для {N(set.Items.Select(r => r.Municipality).Distinct().Count())} {RussianFormat.OutOf(names.Count, "муниципалитета", "муниципалитетов")}; "
                + $"важность высокая — {N(set.Items.Count(r => r.Severity == 3))}, средняя — {N(set.Items.Count(r => r.Severity == 2))}, низкая — {N(set.Items.Count(r => r.Severity == 1))}; "
                + (data.Years.Contains(year - 1)
                    ? $"значимое улучшение отмечено в {N(set.Progress.Count)} {RussianFormat.Plural(set.Progress.Count, "случае", "случаях", "случаях")}."
                    : $"значимое улучшение не оценивалось: данных за {year - 1} год нет."),
            byMunicipality.Select(g => new MunicipalityRecommendations(g.Key, Name(g.Key), g.OrderBy(r => r.Position).Select(r => r.Text).ToList())).ToList(),
            report is null ? null : Effect(report, Name, data.National),
            report is null ? [] : Decision(report, set, Name, data.National, DateOnly.FromDateTime(data.BuiltAt)))
        {
            More = more,
        };
    }

    /// <summary>
    /// Why a municipality has no recommendation in a year, told from its figures: a municipality
    /// without staff data, or whose figures are all hidden, was not assessed — it did not meet its targets.
    /// </summary>
    public static string WhyNone(SiteData data, int year, string code)
    {
        if (!data.Coverage.Contains((code, year)))
        {
            return $"Рекомендации не формировались: {NoStaffData(year)}.";
        }
        var compared = IndicatorCatalog.All.Where(i => i.Compared && RecommendationCatalog.For(i.Code) is not null).ToList();
        var assessed = compared.Count(i => data.Get(i.Code, year, code) is { Suppressed: false, Value: not null });
        var hidden = compared.Count(i => data.Get(i.Code, year, code) is { Suppressed: true });
        if (assessed == 0)
        {
            return $"Рекомендации не формировались: значения сопоставимых показателей муниципалитета за {year} год скрыты (мало данных) или не рассчитаны.";
        }
        var missing = compared.Count - assessed - hidden;
        var unassessed = new[] { hidden > 0 ? $"скрытые (мало данных) — {hidden}" : null, missing > 0 ? $"не рассчитанные (нет данных) — {missing}" : null }.OfType<string>().ToList();
        return $"Рекомендаций нет: по {assessed} из {compared.Count} {RussianFormat.Plural(compared.Count, "сопоставимого показателя", "сопоставимых показателей", "сопоставимых показателей")} "
            + "цели достигнуты или отставание незначимо, "
            + (data.Years.Contains(year - 2) ? "ухудшения два года подряд нет" : $"ухудшение два года подряд не оценивалось: данных за {year - 2} год нет")
            + (unassessed.Count > 0 ? "; не оценивались: " + string.Join(", ", unassessed) : "") + ".";
    }

    /// <summary>What a year without the municipality's staff data means for its page and its pack.</summary>
    public static string NoStaffData(int year) =>
        $"за {year} год нет данных о кадрах муниципалитета (в кадровом срезе года нет работников его организаций), показатели не рассчитаны";

    /// <summary>How many municipalities a national list names before «ещё N».</summary>
    public const int NationalList = 30;

    /// <summary>«выдан dd.MM.yyyy» or «проект».</summary>
    public static string SetStatus(RecommendationSet set) =>
        set.IssuedOn is { } on ? $"набор выдан {on:dd.MM.yyyy}" : "проект, набор не выдан";

    /// <summary>A count as the pages print numbers: 1 305 with a narrow space, as «6 349» beside it.</summary>
    private static string N(int n) => RussianFormat.Number(n, 0);

    private static string Recommendations(int n) => N(n) + " " + RussianFormat.Plural(n, "рекомендация", "рекомендации", "рекомендаций");


    private static string Share(int part, int whole) => whole == 0 ? "—" : RussianFormat.Number(100.0 * part / whole) + "\u00A0%";

    /// <summary>
    /// The analysis of effectiveness in words and per indicator. A previous set that was never issued is a draft nobody
    /// received: it is not said to have been followed by anything or received, only that the lag persists.
    /// </summary>
    public static EffectModel Effect(EffectivenessReport r, Func<string, string> name, bool national)
    {
        var issued = !r.Recommended.Draft;
        var repeated = issued
            ? $"Муниципалитетов, получивших одну и ту же рекомендацию в {r.PreviousYear} и {r.Year} годах"
            : $"Муниципалитетов, для которых одна и та же рекомендация сформирована в {r.PreviousYear} и {r.Year} годах";
        var statements = new List<string>
        {
            $"Рекомендаций {r.PreviousYear} года: {N(r.Recommendations)} ({SetStatus(r.Recommended)}); данные {r.Year} года есть по {N(r.Evaluated)}.",
            (issued ? "За рекомендацией последовало значимое улучшение показателя" : $"Там, где рекомендация {r.PreviousYear} года была сформирована, значимое улучшение показателя —")
                + $" в {N(r.Improved)} {RussianFormat.OutOf(r.Evaluated, "случая", "случаев")} ({Share(r.Improved, r.Evaluated)}).",
            $"Мероприятия зарегистрированы по {N(r.WithMeasure)} {RussianFormat.OutOf(r.Evaluated, "рекомендации", "рекомендаций")} ({Share(r.WithMeasure, r.Evaluated)}); значимое улучшение после мероприятия — {N(r.ImprovedWithMeasure)} из {N(r.WithMeasure)} ({Share(r.ImprovedWithMeasure, r.WithMeasure)}), без мероприятия — {N(r.ImprovedWithoutMeasure)} из {N(r.WithoutMeasure)} ({Share(r.ImprovedWithoutMeasure, r.WithoutMeasure)}).",
            r.NeedDecision.Count == 0
                ? $"{repeated}, нет."
                : issued
                    ? $"{repeated}: {N(r.NeedDecision.Count)}; они требуют управленческого решения."
                    : $"{repeated} (набор {r.PreviousYear} года не выдан): {N(r.NeedDecision.Count)}; отставание сохраняется, они требуют управленческого решения.",
        };
        return new EffectModel(
            r.PreviousYear,
            statements,
            r.Indicators.Select(e => new EffectRow(IndicatorCatalog.Find(e.Indicator)!, e.With, e.MeanChangeWith, e.ImprovedWith,
                e.Without, e.MeanChangeWithout, e.ImprovedWithout)).ToList(),
            Ordered(r.NeedDecision, name, national).Take(national ? NationalList : int.MaxValue)
                .Select(d => new DecisionRow(name(d.Municipality), string.Join("; ", d.Indicators.Select(i => IndicatorCatalog.Find(i)!.Name)))).ToList())
        {
            More = national && r.NeedDecision.Count > NationalList ? $"и ещё {RussianFormat.Number(r.NeedDecision.Count - NationalList, 0)} — в выгрузке рекомендаций" : null,
        };
    }

    /// <summary>
    /// The municipalities that need a decision as a reader looks them up: by name, in Russian order; in the national
    /// form, which lists only the first, those with the most indicators recommended twice come first.
    /// </summary>
    private static IEnumerable<DecisionNeeded> Ordered(List<DecisionNeeded> needed, Func<string, string> name, bool national) =>
        national && needed.Count > NationalList
            ? needed.OrderByDescending(d => d.Indicators.Count).ThenBy(d => name(d.Municipality), RussianOrder.Names)
            : needed.OrderBy(d => name(d.Municipality), RussianOrder.Names);

    /// <summary>When the draft decision asks for the plans of measures: 1 March after the year (or the next 1 March after the day the draft is made).</summary>
    private static readonly Deadline PlansDue = new(3, 1);

    /// <summary>The draft decision of the collegium: general items, then one per municipality that needs a decision.</summary>
    public static List<string> Decision(EffectivenessReport r, RecommendationSet set, Func<string, string> name, bool national, DateOnly drawnUp)
    {
        // A previous set never issued did not fail: the lag is what persists.
        var why = !r.Recommended.Draft
            ? $"адресные рекомендации {r.PreviousYear} и {r.Year} годов не привели к устранению отставания"
            : $"отставание сохраняется второй год подряд ({r.PreviousYear} и {r.Year}); рекомендации {r.PreviousYear} года не выдавались";
        var plansDue = PlansDue.Text(r.Year, drawnUp);
        var items = new List<string>
        {
            $"Принять к сведению результаты мониторинга системы профессионального развития педагогических работников за {r.Year} год.",
            set.Items.Count == 0
                ? $"Отметить, что по итогам {r.Year} года муниципалитетов, которым требуются адресные рекомендации, нет."
                : $"Направить муниципалитетам адресные рекомендации по итогам {r.Year} года ({Recommendations(set.Items.Count)}) и обеспечить их исполнение в установленные сроки.",
        };
        foreach (var d in Ordered(r.NeedDecision, name, national).Take(national ? NationalList : int.MaxValue))
        {
            var indicators = string.Join(", ", d.Indicators.Select(i => $"«{IndicatorCatalog.Find(i)!.Name}»"));
            var (which, whom) = d.Indicators.Count == 1 ? ("показателю", "которому") : ("показателям", "которым");
            items.Add($"Органу местного самоуправления, осуществляющему управление в сфере образования ({name(d.Municipality)}), представить в департамент {plansDue} план мер по {which} {indicators}, по {whom} {why}.");
        }
        if (national && r.NeedDecision.Count > NationalList)
        {
            var left = r.NeedDecision.Count - NationalList;
            items.Add($"Такой же план мер представить органам управления образованием ещё {RussianFormat.Number(left, 0)} {RussianFormat.Plural(left, "муниципалитета", "муниципалитетов", "муниципалитетов")}, перечисленных в выгрузке рекомендаций {r.Year} года.");
        }
        return items.Select((text, i) => $"{i + 1}. {text}").ToList();
    }
}

/// <summary>The management cycle of a year: the recommendations, the analysis of the previous year's and the draft decision.</summary>
public sealed record CycleModel(int Year, string Status, string Summary, IReadOnlyList<MunicipalityRecommendations> ByMunicipality, EffectModel? Effect, IReadOnlyList<string> Decision)
{
    /// <summary>In the national form, how many municipalities' recommendations are not listed, or null.</summary>
    public string? More { get; init; }
}

/// <summary>A municipality's recommendations, in their order.</summary>
public sealed record MunicipalityRecommendations(string Code, string Name, IReadOnlyList<string> Items);

/// <summary>The analysis of effectiveness in words and per indicator.</summary>
public sealed record EffectModel(int PreviousYear, IReadOnlyList<string> Statements, IReadOnlyList<EffectRow> Indicators, IReadOnlyList<DecisionRow> NeedDecision)
{
    /// <summary>In the national form, how many more need a decision, or null.</summary>
    public string? More { get; init; }

    /// <summary>The sentence under the table of indicators (<see cref="EffectRow.Legend"/>).</summary>
    public string Legend { get; } = EffectRow.Legend;
}

/// <summary>
/// One indicator of the analysis: the recommended municipalities against the others; the mean changes are
/// numbers (in the indicator's unit, null when none), printed as <see cref="ChangeWith"/> and <see cref="ChangeWithout"/>.
/// </summary>
public sealed record EffectRow(IndicatorDefinition Indicator, int With, double? MeanChangeWith, int ImprovedWith, int Without, double? MeanChangeWithout, int ImprovedWithout)
{
    /// <summary>The recommended municipalities that improved significantly, of all of them, as printed («69 из 1 555»; «—» when there are none).</summary>
    public string ImprovedWithShown => RussianFormat.PartOf(ImprovedWith, With);

    /// <summary>The others that improved significantly, of all of them, as printed.</summary>
    public string ImprovedWithoutShown => RussianFormat.PartOf(ImprovedWithout, Without);

    /// <summary>The indicator's name.</summary>
    public string Name => Indicator.Name;

    /// <summary>The recommended municipalities as printed (1 555 with a narrow space).</summary>
    public string WithShown => RussianFormat.Number(With, 0);

    /// <summary>The others as printed.</summary>
    public string WithoutShown => RussianFormat.Number(Without, 0);

    /// <summary>The indicator's name, marked «(лучше меньше)» where a fall is the improvement (the mean changes carry only a sign).</summary>
    public string Label => Indicator.Direction == Direction.Lower ? $"{Name} ({BetterLower})" : Name;

    /// <summary>The mark of an indicator whose improvement is a fall.</summary>
    public const string BetterLower = "лучше меньше";

    /// <summary>The sentence under the table that reads the mark.</summary>
    public const string Legend = "Изменение в среднем — среднее по муниципалитетам группы изменение значения за год; у показателей с пометкой «" + BetterLower + "» улучшение — снижение. "
        + Caveat;

    /// <summary>
    /// Why the two groups' difference is not the recommendations' effect: recommendations go to the laggards, whose values
    /// move back towards the middle more often without any measure (regression to the mean).
    /// </summary>
    public const string Caveat = "Разница между группами не доказывает действия рекомендаций: их получают отстающие муниципалитеты, а крайние значения и без вмешательства чаще сдвигаются к середине.";

    /// <summary>The mean change with a recommendation as printed («+1,7 п. п.», «—»).</summary>
    public string ChangeWith => Change(MeanChangeWith);

    /// <summary>The mean change without one as printed.</summary>
    public string ChangeWithout => Change(MeanChangeWithout);

    private string Change(double? change) => change is { } v ? RussianFormat.Change(Indicator, v) : "—";
}

/// <summary>A municipality that needs a decision and the indicators recommended twice.</summary>
public sealed record DecisionRow(string Name, string Indicators);
