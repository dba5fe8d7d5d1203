using System.Globalization;
using System.Text;

namespace Analytics.Warehouse.Indicators;

/// <summary>
/// The methodology page (docs/methodology.md, and the site's methodology page) rendered from the
/// catalog, so the published definitions cannot drift from what is computed.
/// </summary>
public static class MethodologyDocument
{
    /// <summary>The common definitions of the methodology with the settings in effect, Markdown emphasis included.</summary>
    private static string[] MarkdownDefinitions(IndicatorSettings settings) =>
    [
        "**Срез кадров** отчётного года — принятые строки выгрузки кадров за этот год (одна на человека); работник относится к организации этой строки и её муниципалитету.",
        "**Возраст в отчётном году** = отчётный год − год рождения. **Молодой педагог**: возраст < 35 и стаж < 3 лет.",
        string.Create(CultureInfo.GetCultureInfo("ru-RU"), $"**Дефицит** — результат диагностики ниже {settings.DeficitThreshold:0.##} % от максимального балла. Для долей дефицитов берётся последний результат года по каждой области."),
        "**На основе диагностики** — курс или ИОМ, начатый (разработанный) в день d, если у работника есть результат с дефицитом в интервале [d − 365 дней; d]; для курса область дефицита должна входить в области программы.",
        "**Завершил в периоде** — курс со статусом «завершил» и датой окончания в периоде. Каждый человек учитывается в числителе один раз.",
        "Доля = 100 · числитель / знаменатель; при нулевом знаменателе значение не определено.",
        string.Create(CultureInfo.InvariantCulture, $"**Подавление**: доли, знаменатель которых — люди, не публикуются на уровне муниципалитета и организации при знаменателе от 1 до {settings.MinCell - 1}; если в году скрыт ровно один муниципалитет, скрывается и муниципалитет со следующим наименьшим знаменателем (так же среди организаций одного муниципалитета)."),
        "**Целевое значение** отчётного года — действующее в нём значение с самым поздним годом начала действия (встроенное по методике или из файла целевых значений). Целевое значение количества (численность методического актива, число вакантных ставок) — итог по региону: с ним сравнивается только значение региона, не доля в нём муниципалитета или организации.",
        "**Сравнение муниципалитетов** — только по сравнимым показателям (доли, отношения, показатели на 100 или на 1 000): количества отражают размер муниципалитета, а не результат, поэтому не ранжируются, не входят в карту и метрики разрывов; для них сравнивается соответствующий относительный показатель (вакантные ставки на 100 ставок, методический актив на 1 000 работников).",
        "**База сравнения** муниципалитета без цели — **медиана** муниципалитетов (значение региона определяется крупнейшими муниципалитетами и приводится в таблицах).",
        "**Доверительный интервал**: для долей людей — 95 % интервал Уилсона; если интервал содержит цель (или медиану), различие **незначимо**, и муниципалитет не называется отстающим.",
        "**Нормированный балл** 0–100 по показателю: (x − min) / (max − min) · 100 среди муниципалитетов, для показателей «ниже — лучше» — (max − x) / (max − min) · 100; **уровневые группы** (высокий, средний, низкий) — терцили балла, муниципалитеты с равным баллом — в одной группе (той, куда приходится середина занятых ими мест); **интегральный индекс** муниципалитета — среднее баллов сначала внутри групп показателей, затем по группам, чтобы пять областей дефицитов не перевешивали остальные.",
        "**Место** — по значению показателя; муниципалитеты с равным значением делят место, следующее за ними пропускается (1, 2, 2, 4, …); при равенстве они перечисляются по алфавиту.",
        "Муниципалитет с работниками и без методистов показывается как «нет методистов» и ставится после всех муниципалитетов с методистами по показателю «педагогов на методиста»; несколько таких муниципалитетов делят одно место.",
    ];

    /// <summary>The common definitions as plain text (for the site).</summary>
    public static IReadOnlyList<string> CommonDefinitions(IndicatorSettings settings) =>
        MarkdownDefinitions(settings).Select(d => d.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal)).ToArray();

    /// <summary>The Russian direction words.</summary>
    public static string DirectionName(Direction d) => d == Direction.Higher ? "выше — лучше" : "ниже — лучше";

    /// <summary>The Russian level list.</summary>
    public static string LevelNames(Levels levels) => string.Join(", ", new[]
    {
        levels.HasFlag(Levels.Region) ? "регион" : null,
        levels.HasFlag(Levels.Municipality) ? "муниципалитет" : null,
        levels.HasFlag(Levels.Organization) ? "организация" : null,
    }.Where(x => x is not null));

    /// <summary>The built-in target in Russian words.</summary>
    public static string TargetText(IndicatorDefinition i) =>
        i.Target is null ? "—" : string.Create(CultureInfo.GetCultureInfo("ru-RU"), $"{i.Target.Value:0.##} с {i.Target.FromYear} г.");

    /// <summary>The whole page as Markdown, with the settings in effect.</summary>
    public static string Markdown(IndicatorSettings settings)
    {
        var text = new StringBuilder();
        text.AppendLine("# Методика расчёта показателей");
        text.AppendLine();
        text.AppendLine("<!-- Generated from warehouse/Analytics.Warehouse/Indicators/IndicatorCatalog.cs by `./analytics methodology`; a test keeps it equal. -->");
        text.AppendLine();
        text.AppendLine("Показатели рассчитываются за каждый календарный (отчётный) год, за который есть срез кадров, на уровнях региона, муниципалитета и организации.");
        text.AppendLine();
        foreach (var definition in MarkdownDefinitions(settings))
        {
            text.AppendLine("- " + definition);
        }
        text.AppendLine();
        foreach (var group in IndicatorCatalog.ByGroup())
        {
            text.AppendLine("## " + group.Key.Name);
            text.AppendLine();
            foreach (var i in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"### {i.Name}");
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"- Код: `{i.Code}`; единица: {i.Unit}; {DirectionName(i.Direction)}; уровни: {LevelNames(i.Levels)}");
                text.AppendLine(CultureInfo.InvariantCulture, $"- Числитель: {i.Numerator}");
                if (i.Denominator.Length > 0)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- Знаменатель: {i.Denominator}");
                }
                text.AppendLine(CultureInfo.InvariantCulture, $"- Целевое значение: {TargetText(i)}");
                if (i.HasMunicipalities && !i.Comparable)
                {
                    text.AppendLine("- Сравнение муниципалитетов: нет (количество; приводится как контекст)");
                }
                text.AppendLine(CultureInfo.InvariantCulture, $"- Источник: {i.Source}");
                text.AppendLine();
            }
        }
        return text.ToString();
    }
}
