using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Cycle;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// The content of the collegium pack of a year, for the region or one municipality: every
/// figure read from the published marts (<see cref="SiteData"/>), every sentence computed.
/// </summary>
public sealed class PackBuilder(SiteData data, PackSettings settings, IndicatorSettings indicators)
{
    private const double Width = 170, LandscapeWidth = 257;
    private readonly Dictionary<string, string> _names = data.Municipalities.ToDictionary(m => m.Code, m => m.Name);

    /// <summary>The title of the pack.</summary>
    public const string Title = "Материалы к заседанию коллегии";

    /// <summary>The pack of <paramref name="year"/> for the region, or for <paramref name="municipality"/>.</summary>
    public PackDocument Build(int year, string? municipality = null)
    {
        data.RequireYear(year);
        if (municipality is not null && !_names.ContainsKey(municipality))
        {
            throw new ArgumentException($"no municipality with the code «{municipality}» in the warehouse");
        }
        var sections = municipality is null ? RegionSections(year) : MunicipalitySections(year, municipality);
        sections.Add(Methodology(year));
        return new PackDocument(Title,
            "О состоянии системы профессионального развития педагогических работников и управленческих кадров",
            year, municipality, municipality is null ? null : _names[municipality],
            settings.Organization, settings.Meeting, settings.Author, data.AsOf, sections, AllValues(municipality, year), RecommendationTable(year, municipality));
    }

    private string Name(string code) => _names.GetValueOrDefault(code, code);

    private List<PackSection> RegionSections(int year)
    {
        var cycle = CycleView.For(data, year);
        var sections = new List<PackSection>
        {
            Targets(year),
            Dynamics(year, IndicatorValue.RegionCode, "региона"),
            Gaps(year),
            Leaders(year),
            Deficits(year, IndicatorValue.RegionCode),
            Recommendations(year, cycle),
        };
        if (cycle.Effect is { } effect)
        {
            sections.Add(new PackSection($"Анализ эффективности мер по рекомендациям {effect.PreviousYear} года",
            [
                .. effect.Statements.Select(s => new PackParagraph(s)),
                new PackTable("Эффективность",
                    [
                        new("Показатель"),
                        new("МО", true, "С рекомендацией"), new("Изменение в среднем", true, "С рекомендацией"), new("Значимо улучшились", true, "С рекомендацией") { Unit = "МО" },
                        new("МО", true, "Без рекомендации"), new("Изменение в среднем", true, "Без рекомендации"), new("Значимо улучшились", true, "Без рекомендации") { Unit = "МО" },
                    ],
                    effect.Indicators.Select(e => (IReadOnlyList<PackCell>)
                    [
                        e.Label, Cells.Count(e.With), Cells.Change(e.Indicator, e.MeanChangeWith), Cells.CountOf(e.ImprovedWith, e.With),
                        Cells.Count(e.Without), Cells.Change(e.Indicator, e.MeanChangeWithout), Cells.CountOf(e.ImprovedWithout, e.Without),
                    ]).ToList())
                {
                    // The row's figures with a unit are its mean changes.
                    Units = effect.Indicators.Select(e => RussianFormat.DifferenceUnit(e.Indicator)).ToList(),
                },
                new PackParagraph(EffectRow.Legend),
                .. effect.NeedDecision.Count == 0 ? Array.Empty<PackBlock>() :
                [
                    new PackSubheading("Требуют управленческого решения"),
                    new PackTable("Требуют решения", [new("Муниципалитет"), new("Показатели с повторной рекомендацией")],
                        effect.NeedDecision.Select(d => (IReadOnlyList<PackCell>)[d.Name, d.Indicators]).ToList()),
                ],
            ]));
        }
        if (cycle.Decision.Count > 0)
        {
            sections.Add(new PackSection("Проект решения коллегии", [new PackList(cycle.Decision.Select(d => StripNumber(d)).ToList())]));
        }
        sections.Add(Coverage(year, null));
        return sections;
    }

    /// <summary>Puts the notice of a year whose yearly files have not all arrived (<see cref="IncompleteYear"/>) before a section's blocks.</summary>
    private void SayIfIncomplete(List<PackBlock> blocks, int year)
    {
        if (IncompleteYear.Text(data, year) is { } incomplete)
        {
            blocks.Insert(0, new PackParagraph(incomplete));
        }
    }

    private static string StripNumber(string item) => item.IndexOf(". ", StringComparison.Ordinal) is var i and > 0 && item[..i].All(char.IsDigit) ? item[(i + 2)..] : item;

    // 1. Targets met and not met, the previous year beside.
    private PackSection Targets(int year)
    {
        var withTarget = IndicatorCatalog.All.Where(i => data.Region(i.Code, year)?.MeetsTarget is not null).ToList();
        var met = withTarget.Where(i => data.Region(i.Code, year)!.MeetsTarget == true).ToList();
        var missed = withTarget.Except(met).ToList();
        var previous = IndicatorCatalog.All.Where(i => data.Region(i.Code, year - 1)?.MeetsTarget is not null).ToList();
        var text = $"В {year} году целевые значения достигнуты по {met.Count} из {withTarget.Count} {RussianFormat.Plural(withTarget.Count, "показателя", "показателей", "показателей")}, для которых они установлены"
            + (previous.Count > 0 ? $" (в {year - 1} году — по {previous.Count(i => data.Region(i.Code, year - 1)!.MeetsTarget == true)} из {previous.Count})." : ".");
        string Against(IndicatorDefinition i)
        {
            var v = data.Region(i.Code, year)!;
            return $"«{i.Name}» — {RussianFormat.Value(i, v.Value, v.Target)} при целевом значении {RussianFormat.Value(i, v.Target)}";
        }
        var blocks = new List<PackBlock> { new PackParagraph(text) };
        SayIfIncomplete(blocks, year);
        if (met.Count > 0)
        {
            blocks.Add(new PackParagraph("Достигнуты: " + string.Join("; ", met.Select(Against)) + "."));
        }
        if (missed.Count > 0)
        {
            blocks.Add(new PackParagraph("Не достигнуты: " + string.Join("; ", missed.Select(Against)) + "."));
        }
        var hasPrevious = HasPrevious(year);
        var shown = IndicatorCatalog.All.Where(i => data.Region(i.Code, year)?.Target is not null || data.Region(i.Code, year - 1)?.Target is not null).ToList();
        var rows = shown.Select(i =>
        {
            var now = data.Region(i.Code, year);
            var before = data.Region(i.Code, year - 1);
            IReadOnlyList<PackCell> current = [Cells.Value(i, now, settings.MinCell), Cells.Figure(i, now?.Target), Status(now?.MeetsTarget)];
            return hasPrevious
                ? (IReadOnlyList<PackCell>)[i.Name, Cells.Value(i, before, settings.MinCell), Status(before?.MeetsTarget), .. current]
                : [i.Name, .. current];
        }).ToList();
        blocks.Add(new PackTable("Целевые значения",
            [new("Показатель"), .. hasPrevious ? [new($"Значение {year - 1}", true), new($"Статус {year - 1}")] : Array.Empty<PackColumn>(), new($"Значение {year}", true), new($"Цель {year}", true), new($"Статус {year}")], rows)
        {
            Units = shown.Select(i => Cells.Unit(i)).ToList(),
        });
        blocks.Add(new PackChart("targets", "Число показателей, по которым целевые значения достигнуты и не достигнуты, по годам", PackCharts.TargetsByYear(data, year), Width, 80));
        return new PackSection("Достижение целевых значений", blocks);
    }

    /// <summary>Whether the warehouse has the year before <paramref name="year"/>: without it, no table or chart gets a column of dashes for it.</summary>
    private bool HasPrevious(int year) => data.Years.Contains(year - 1);

    private static string Status(bool? meets) => meets switch { true => "достигнуто", false => "не достигнуто", _ => "—" };

    // 2. The multi-year dynamics of the key indicators.
    private PackSection Dynamics(int year, string entity, string whose)
    {
        var key = IndicatorCatalog.All.Where(i => i.Featured && (entity == IndicatorValue.RegionCode || i.HasMunicipalities)).ToList();
        var years = data.Years.Where(y => y <= year).ToList();
        var blocks = new List<PackBlock>();
        var sentences = key.Select(i =>
        {
            var first = years.FirstOrDefault(y => data.Published(i.Code, y, entity) is not null);
            if (first == 0 || data.Published(i.Code, year, entity) is not { } last || first == year)
            {
                return null;
            }
            var start = data.Published(i.Code, first, entity)!.Value;
            return $"«{i.Name}»: {RussianFormat.Value(i, start)} в {first} году, {RussianFormat.Value(i, last)} в {year} году ({RussianFormat.Change(i, last - start)})";
        }).OfType<string>().ToList();
        blocks.Add(new PackParagraph(sentences.Count == 0
            ? $"Данных за несколько лет для оценки динамики показателей {whose} нет."
            : $"Динамика ключевых показателей {whose} за {years[0]}–{year} годы: " + string.Join("; ", sentences) + "."));
        blocks.Add(new PackTable(entity == IndicatorValue.RegionCode ? "Динамика" : "Динамика МО",
            [new("Показатель"), .. years.Select(y => new PackColumn(Cells.Year(y), true))],
            key.Select(i => (IReadOnlyList<PackCell>)[i.Name, .. years.Select(y => Cells.Value(i, data.Get(i.Code, y, entity), settings.MinCell))]).ToList())
        {
            Units = key.Select(i => Cells.Unit(i)).ToList(),
        });
        var shares = key.Where(i => i.Unit == "%").ToList();
        blocks.Add(new PackChart("dynamics", $"Ключевые показатели {whose} по годам, %", PackCharts.Dynamics(data, shares, entity, year), Width, 95));
        return new PackSection("Динамика ключевых показателей", blocks);
    }

    // 3. The largest gaps between municipalities (comparable measures only).
    private PackSection Gaps(int year)
    {
        var gaps = Findings.LargestGaps(data, year);
        var blocks = new List<PackBlock>();
        if (gaps.Count == 0)
        {
            blocks.Add(new PackParagraph($"В {year} году данных для сравнения муниципалитетов недостаточно."));
        }
        else
        {
            blocks.Add(new PackParagraph("Разрыв между муниципалитетами оценивается коэффициентом вариации (отношение стандартного отклонения значений муниципалитетов к их среднему) только по сопоставимым показателям — долям и показателям на единицу численности. "
                + string.Join(" ", gaps.Take(3).Select(g => $"По показателю «{g.Indicator.Name}» значения муниципалитетов — от {RussianFormat.Value(g.Indicator, g.Gap.Min)} до {RussianFormat.Value(g.Indicator, g.Gap.Max)}, коэффициент вариации {RussianFormat.Number(g.Gap.Cv!.Value, 3)}{GapChange(g.Gap, g.Previous, year)}."))));
            var (closing, measured) = Findings.GapsClosing(data, year);
            if (measured > 0)
            {
                blocks.Add(new PackParagraph($"По сравнению с {year - 1} годом разрыв между муниципалитетами сократился по {closing} из {measured} {RussianFormat.Plural(measured, "показателя", "показателей", "показателей")}."));
            }
            var hasPrevious = HasPrevious(year);
            blocks.Add(new PackTable("Разрывы",
                [new("Показатель"), new("Минимум", true), new("Максимум", true), new("Размах", true),
                 .. hasPrevious ? [new($"Коэф. вариации {year - 1}", true), new($"Коэф. вариации {year}", true), new("Разрыв")] : new PackColumn[] { new($"Коэф. вариации {year}", true) }],
                gaps.Select(g => (IReadOnlyList<PackCell>)
                [
                    g.Indicator.Name, Cells.Figure(g.Indicator, g.Gap.Min), Cells.Figure(g.Indicator, g.Gap.Max), Cells.Difference(g.Indicator, g.Gap.Range),
                    .. hasPrevious
                        ? [Cells.Number(g.Previous?.Cv, 3), Cells.Number(g.Gap.Cv, 3),
                           Findings.Direction(g.Gap, g.Previous) is { } d
                               ? Findings.Word(d) + (g.Gap.N != g.Previous!.N ? $" (муниципалитетов {RussianFormat.Number(g.Previous.N, 0)}\u00A0→\u00A0{RussianFormat.Number(g.Gap.N, 0)})" : "")
                               : "нет данных за прошлый год"]
                        : new PackCell[] { Cells.Number(g.Gap.Cv, 3) },
                ]).ToList())
            {
                Units = gaps.Select(g => Cells.Unit(g.Indicator, "размах")).ToList(),
            });
        }
        blocks.Add(new PackChart("gapmap", CollegiumCaptions.GapMap, GapMap.For(data, year), LandscapeWidth, 165, Landscape: true));
        return new PackSection("Наибольшие разрывы между муниципалитетами", blocks);
    }

    private static string GapChange(GapRow gap, GapRow? previous, int year) => Findings.Direction(gap, previous) switch
    {
        null => "",
        0 => "; разрыв не изменился" + Findings.Composition(gap, previous!),
        var d => $"; разрыв {Findings.Word(d.Value)} (в {year - 1} году — {RussianFormat.Number(previous!.Cv!.Value, Findings.CvDecimals)})" + Findings.Composition(gap, previous),
    };

    // 4. Leaders and laggards of the featured comparable indicators.
    private PackSection Leaders(int year)
    {
        var blocks = new List<PackBlock>();
        var rows = new List<IReadOnlyList<PackCell>>();
        var sentences = new List<string>();
        foreach (var i in IndicatorCatalog.All.Where(i => i.Featured && i.Compared))
        {
            var (top, bottom) = Findings.LeadersAndLaggards(data, i, year);
            if (top.Count == 0)
            {
                continue;
            }
            string List(IEnumerable<MunicipalityStanding> s) => string.Join(", ", s.Select(x => $"{Name(x.Municipality)} ({RussianFormat.Standing(i, x.Value)})"));
            var leaders = List(top);
            var laggards = List(bottom);
            rows.Add([i.Name, leaders, laggards.Length > 0 ? laggards : Findings.NoLaggards]);
            sentences.Add($"по показателю «{i.Name}» лидируют {leaders}" + (laggards.Length > 0 ? $"; значимо отстают {laggards}" : "; значимо отстающих от медианного муниципалитета нет"));
        }
        blocks.Add(new PackParagraph(sentences.Count == 0 ? "Данных для сравнения муниципалитетов нет." : $"В {year} году " + string.Join(". В том же году ", sentences) + "."));
        blocks.Add(new PackTable("Лидеры и отстающие", [new("Показатель"), new("Лидеры"), new("Отстающие")], rows));
        blocks.Add(new PackChart("ranking", CollegiumCaptions.Coverage, RankingChart.For(data, IndicatorCatalog.DiagCoverage, year), Width, 200));
        return new PackSection("Лидеры и отстающие", blocks);
    }

    // 5. The deficit picture.
    private PackSection Deficits(int year, string entity)
    {
        var areas = IndicatorCatalog.AreaIndicators;
        var published = areas.Select(a => (a.Area, a.Indicator, Now: data.Published(a.Indicator.Code, year, entity), Before: data.Published(a.Indicator.Code, year - 1, entity))).ToList();
        var shown = published.Where(a => a.Now is not null).OrderByDescending(a => a.Now).ToList();
        var deficitRate = IndicatorCatalog.Find("deficit_rate")!;
        var rate = data.Get(deficitRate.Code, year, entity);
        var blocks = new List<PackBlock>();
        var hidden = areas.Any(a => data.Get(a.Indicator.Code, year, entity) is { Suppressed: true });
        blocks.Add(new PackParagraph(shown.Count == 0
            ? hidden
                ? $"Доли педагогов с дефицитом по областям за {year} год скрыты: рассчитаны менее чем по {settings.MinCell} человек («{Cells.Hidden}»)."
                : $"Данных о профессиональных дефицитах за {year} год нет."
            : (rate is { Suppressed: false, Value: { } r } ? $"В {year} году {RussianFormat.Value(deficitRate, r)} прошедших диагностику педагогов имеют хотя бы один профессиональный дефицит. " : "")
              + "Наиболее распространены дефициты в областях: " + string.Join("; ", shown.Take(3).Select(a => $"«{a.Area.Name}» — {RussianFormat.Value(a.Indicator, a.Now)}" + (a.Before is { } b ? $" ({RussianFormat.Change(a.Indicator, a.Now!.Value - b)} к {year - 1} году)" : ""))) + "."));
        var hasPrevious = HasPrevious(year);
        blocks.Add(new PackTable(entity == IndicatorValue.RegionCode ? "Дефициты" : "Дефициты МО",
            [new("Область дефицита"), .. hasPrevious ? [new PackColumn($"{year - 1}", true) { Unit = "%" }] : Array.Empty<PackColumn>(), new($"{year}", true) { Unit = "%" }],
            areas.Select(a => (IReadOnlyList<PackCell>)
            [
                a.Area.Name,
                .. hasPrevious ? [Cells.Value(a.Indicator, data.Get(a.Indicator.Code, year - 1, entity), settings.MinCell)] : Array.Empty<PackCell>(),
                Cells.Value(a.Indicator, data.Get(a.Indicator.Code, year, entity), settings.MinCell),
            ]).ToList()));
        if (published.Any(a => a.Now is not null || (hasPrevious && a.Before is not null)))
        {
            blocks.Add(new PackChart("deficits", "Доля педагогов с дефицитом по областям, %", PackCharts.Deficits(data, entity, year, hasPrevious), Width, 95));
        }
        return new PackSection("Профессиональные дефициты", blocks);
    }

    // 6. The addressed recommendations of the year.
    private PackSection Recommendations(int year, CycleModel cycle)
    {
        var blocks = new List<PackBlock> { new PackParagraph($"Статус набора: {cycle.Status}. {cycle.Summary}") };
        foreach (var m in cycle.ByMunicipality)
        {
            blocks.Add(new PackSubheading(m.Name));
            blocks.Add(new PackList(m.Items));
        }
        blocks.Add(new PackChart("recommendations", "Число адресных рекомендаций по муниципалитетам и их важность", PackCharts.Recommendations(data, year), Width, Math.Min(220, 30 + (5.5 * cycle.ByMunicipality.Count))));
        return new PackSection($"Адресные рекомендации по итогам {year} года", blocks);
    }

    // Data coverage and quality. At the national scale the printed documents list only the
    // municipalities that have not submitted their staff data (at most SiteData.ListLimit); the
    // workbook's sheet holds every municipality.
    private PackSection Coverage(int year, string? municipality)
    {
        var municipalities = data.Municipalities.Where(m => municipality is null || m.Code == municipality).ToList();
        var coverage = IndicatorCatalog.DiagCoverage;
        var missing = municipalities.Where(m => !data.Coverage.Contains((m.Code, year))).ToList();
        var submitted = municipalities.Count - missing.Count;
        var teachers = municipality is null ? data.Region(coverage.Code, year) : data.Get(coverage.Code, year, municipality);
        var organizations = municipalities.Sum(m => data.OrganizationsOf(m.Code).Count());
        IReadOnlyList<PackCell> Row((string Code, string Name) m)
        {
            var staff = data.Get(coverage.Code, year, m.Code);
            return
            [
                m.Name, Cells.Count(data.OrganizationsOf(m.Code).Count()),
                staff switch { { Suppressed: true } => Cells.Suppressed(settings.MinCell), { Denominator: { } n } => Cells.Count((long)n), _ => "—" },
                data.Coverage.Contains((m.Code, year)) ? "представлены" : "не представлены",
            ];
        }
        var national = municipality is null && data.National;
        var blocks = new List<PackBlock>
        {
            new PackParagraph((municipality is null ? $"Данные о педагогических кадрах за {year} год представили {RussianFormat.Number(submitted, 0)} {RussianFormat.OutOf(municipalities.Count, "муниципалитета", "муниципалитетов")}. " : "")
                + $"Образовательных организаций в справочнике: {RussianFormat.Number(organizations, 0)}"
                + (teachers is { Suppressed: false, Denominator: { } d } ? $"; педагогических работников в расчёте показателей: {RussianFormat.Number(d, 0)}." : ".")
                + $" Значения, рассчитанные менее чем по {settings.MinCell} человек, скрыты («{Cells.Hidden}»)."),
        };
        SayIfIncomplete(blocks, year);
        if (municipality is null && OutsideSnapshot.Text(data, year) is { } outside)
        {
            blocks.Add(new PackParagraph(outside));
        }
        if (national)
        {
            blocks.Add(new PackParagraph($"Охват данных по каждому {RussianFormat.OutOf(municipalities.Count, "муниципалитета", "муниципалитетов")} — в рабочей книге XLSX (лист «Охват данных»)"
                + (missing.Count == 0 ? "." : missing.Count <= SiteData.ListLimit
                    ? "; ниже — муниципалитеты, не представившие данные о кадрах."
                    : $"; ниже — первые {SiteData.ListLimit} {RussianFormat.OutOf(missing.Count, "муниципалитета, не представившего", "муниципалитетов, не представивших")} данные о кадрах.")));
        }
        blocks.Add(new PackTable(municipality is null ? "Охват данных" : "Охват данных МО",
            [new("Муниципалитет"), new("Организаций", true), new("Педагогических работников", true), new("Данные о кадрах")],
            municipalities.Select(Row).ToList(), national ? missing.Take(SiteData.ListLimit).Select(Row).ToList() : null));
        if (municipality is null && data.Loads.Count > 0)
        {
            blocks.Add(new PackSubheading("Загрузки данных"));
            blocks.Add(new PackTable("Загрузки",
                [new("Вид данных"), new("Последняя загрузка"), new("Файлов загружено", true), new("Файлов отклонено", true), new("Строк загружено", true), new("Строк отклонено", true)],
                data.Loads.Select(l => (IReadOnlyList<PackCell>)[SiteData.KindTitle(l.Kind), Cells.Date(l.LastLoaded), Cells.Count(l.FilesLoaded), Cells.Count(l.FilesRefused), Cells.Count(l.RowsLoaded), Cells.Count(l.RowsRefused)]).ToList()));
        }
        return new PackSection("Охват и качество данных", blocks);
    }

    // The methodology, as an appendix.
    private PackSection Methodology(int year) => new("Методика расчёта показателей",
    [
        .. MethodologyDocument.CommonDefinitions(indicators).Select(d => new PackParagraph(d)),
        new PackTable("Методика",
            [new("Показатель"), new("Единица"), new("Расчёт"), new($"Цель {year}"), new("Источник")],
            IndicatorCatalog.All.Select(i => (IReadOnlyList<PackCell>)
            [
                i.Name, i.Unit,
                (i.Denominator.Length > 0 ? $"{i.Numerator} / {i.Denominator}" : i.Numerator) + $"; {MethodologyDocument.DirectionName(i.Direction)}",
                data.AppliedTarget(i, year) is { Value: { } t, Source: { } s } ? $"{RussianFormat.Value(i, t)} ({s})" : "не установлена",
                i.Source,
            ]).ToList()),
    ], Appendix: true);

    // The municipal pack.
    private List<PackSection> MunicipalitySections(int year, string code)
    {
        var name = Name(code);
        var rows = IndicatorCatalog.All.Where(i => i.HasMunicipalities).ToList();
        var withTarget = rows.Where(i => data.Get(i.Code, year, code) is { Suppressed: false, MeetsTarget: not null }).ToList();
        var met = withTarget.Count(i => data.Get(i.Code, year, code)!.MeetsTarget == true);
        var composite = data.CompositeOf(year, code);
        var first = new List<PackBlock>
        {
            new PackParagraph(!data.Coverage.Contains((code, year))
                ? $"Муниципалитет «{name}»: {CycleView.NoStaffData(year)}. Что поступило и что отклонено — в разделе «Охват и качество данных» и на странице «Данные» сайта."
                : $"В {year} году в муниципалитете «{name}» целевые значения достигнуты по {met} из {withTarget.Count} {RussianFormat.Plural(withTarget.Count, "показателя", "показателей", "показателей")}, для которых они установлены."
                + (composite is null ? "" : $" Интегральный индекс — {RussianFormat.Number(composite.Index)} из 100: место {RussianFormat.Place(composite.Rank, composite.Of)}, {composite.LevelGroup} уровень.")),
            new PackTable("Показатели МО",
                [new("Показатель"), new("Муниципалитет", true), new("Регион", true), new("Медиана МО", true), new("Цель", true), new("Статус"), new("Место")],
                rows.Select(i =>
                {
                    var v = data.Get(i.Code, year, code);
                    var standing = data.Standing(i.Code, year, code);
                    return (IReadOnlyList<PackCell>)
                    [
                        i.Name, Cells.Value(i, v, settings.MinCell), Cells.Value(i, data.Region(i.Code, year), settings.MinCell),
                        i.Compared ? Cells.Figure(i, standing?.Median) : "—", Cells.Figure(i, v?.Target),
                        v is { Suppressed: false } ? Status(v.MeetsTarget) : "—", standing is null ? "" : RussianFormat.Place(standing.Rank, standing.Of),
                    ];
                }).ToList())
            {
                Units = rows.Select(i => Cells.Unit(i)).ToList(),
            },
            new PackChart("dots", "Показатели муниципалитета (%), регион, медианный муниципалитет и цель", MunicipalityCharts.Dots(data, code, year), Width, 150),
        };
        SayIfIncomplete(first, year);
        var organizations = data.OrganizationsOf(code).ToList(); // in Russian order (SiteData)
        var main = MunicipalityCharts.Main;
        var organizationBlocks = organizations.Count == 0
            ? [new PackParagraph("В справочнике организаций нет образовательных организаций муниципалитета.")]
            : new List<PackBlock>
        {
            new PackParagraph($"Образовательных организаций в муниципалитете: {RussianFormat.Number(organizations.Count, 0)}. Значения организаций, рассчитанные менее чем по {settings.MinCell} человек, скрыты."),
            new PackTable("Организации", [new("Организация"), new("Тип"), .. main.Select(i => new PackColumn(i.ShortName, true) { Unit = i.Unit })],
                organizations.Select(o => (IReadOnlyList<PackCell>)[o.Name, Cells.OrganizationType(o.Type), .. main.Select(i => Cells.Value(i, data.Get(i.Code, year, o.Id), settings.MinCell))]).ToList()),
            new PackChart("organizations", $"{IndicatorCatalog.DiagCoverage.Name} по организациям", PackCharts.Organizations(data, code, IndicatorCatalog.DiagCoverage, year), Width, Math.Min(230, 35 + (4.8 * organizations.Count))),
        };
        var set = data.RecommendationsFor(year);
        var mine = set.Items.Where(r => r.Municipality == code).OrderBy(r => r.Position).ToList();
        var previousSet = HasPrevious(year) ? data.RecommendationsFor(year - 1) : null;
        var previous = previousSet?.Items.Where(r => r.Municipality == code).OrderBy(r => r.Position).ToList() ?? [];
        var recommendationBlocks = new List<PackBlock>
        {
            new PackParagraph($"Статус набора: {CycleView.SetStatus(set)}. " + (mine.Count == 0 ? CycleView.WhyNone(data, year, code) : $"Муниципалитету адресовано рекомендаций: {mine.Count}.")),
        };
        if (mine.Count > 0)
        {
            recommendationBlocks.Add(new PackList(mine.Select(r => r.Text).ToList()));
        }
        if (previous.Count > 0)
        {
            // A draft never issued was never sent to be carried out: the table says how its indicators moved.
            var issued = !previousSet!.Draft;
            recommendationBlocks.Add(new PackSubheading(issued ? $"Исполнение рекомендаций {year - 1} года" : $"Показатели по рекомендациям {year - 1} года ({CycleView.SetStatus(previousSet)})"));
            recommendationBlocks.Add(new PackTable(issued ? "Исполнение рекомендаций" : "Показатели по рекомендациям",
                [new("Показатель"), new($"{year - 1}", true), new($"{year}", true), new("Изменение", true), new("Мероприятия")],
                previous.Select(r =>
                {
                    var i = IndicatorCatalog.Find(r.Indicator)!;
                    var before = data.Published(i.Code, year - 1, code);
                    var now = data.Published(i.Code, year, code);
                    var measures = data.Measures.Count(m => m.Year == year - 1 && m.Municipality == code && m.Indicator == r.Indicator);
                    return (IReadOnlyList<PackCell>)
                    [
                        i.Name, Cells.Figure(i, before), Cells.Figure(i, now), Cells.Change(i, now - before),
                        measures == 0 ? "не зарегистрированы" : $"зарегистрировано: {measures}",
                    ];
                }).ToList())
            {
                Units = previous.Select(r => Cells.Unit(IndicatorCatalog.Find(r.Indicator)!, "изменение")).ToList(),
            });
        }
        recommendationBlocks.Add(new PackChart("trend", $"{IndicatorCatalog.DiagCoverage.Name}: муниципалитет (синяя линия) и регион (серая пунктирная) по годам", MunicipalityCharts.Trend(data, code, IndicatorCatalog.DiagCoverage, year), Width, 75));
        return
        [
            new PackSection($"Показатели муниципалитета в {year} году", first),
            Dynamics(year, code, "муниципалитета"),
            Deficits(year, code),
            new PackSection("Образовательные организации", organizationBlocks),
            new PackSection("Адресные рекомендации", recommendationBlocks),
            Coverage(year, code),
        ];
    }

    // The year's recommendations as a table, for the workbook (the documents print them as lists).
    private PackTable RecommendationTable(int year, string? municipality)
    {
        var set = data.RecommendationsFor(year);
        return new PackTable("Рекомендации",
            [new("Муниципалитет"), new("Показатель"), new("Место в списке", true), new("Важность (3 — высокая)", true), new("Рекомендация"), new("Ответственные"), new("Срок"), new("Статус набора")],
            set.Items.Where(r => municipality is null || r.Municipality == municipality)
                .OrderBy(r => Name(r.Municipality), RussianOrder.Names).ThenBy(r => r.Position)
                .Select(r => (IReadOnlyList<PackCell>)
                [
                    Name(r.Municipality), IndicatorCatalog.Find(r.Indicator)?.Name ?? r.Indicator, Cells.Count(r.Position),
                    Cells.Count(r.Severity), r.Text, r.Responsible, r.Term, CycleView.SetStatus(set),
                ]).ToList());
    }

    // Every indicator × municipality (and the region) × year up to the pack's, for the workbook.
    private PackTable AllValues(string? municipality, int through)
    {
        var entities = new List<(string Code, string Name)> { (IndicatorValue.RegionCode, "Регион") };
        entities.AddRange(data.Municipalities.Where(m => municipality is null || m.Code == municipality));
        var rows = new List<IReadOnlyList<PackCell>>();
        foreach (var year in data.Years.Where(y => y <= through))
        {
            foreach (var i in IndicatorCatalog.All)
            {
                foreach (var (code, entityName) in entities)
                {
                    if (data.Get(i.Code, year, code) is not { } v)
                    {
                        continue;
                    }
                    var value = Cells.Value(i, v, settings.MinCell);
                    rows.Add(
                    [
                        new PackCell(Cells.Year(year), year, "0"), i.Code, i.Name, i.Unit, code == IndicatorValue.RegionCode ? "регион" : "муниципалитет", code == IndicatorValue.RegionCode ? "" : code, entityName,
                        v.Suppressed ? new PackCell("") : Cells.Number(v.Numerator, 0), v.Suppressed ? new PackCell("") : Cells.Number(v.Denominator, 0),
                        value.Number is null ? new PackCell("", Note: value.Note) : value, Cells.Figure(i, v.Target),
                        v.Suppressed || v.MeetsTarget is null ? "" : Status(v.MeetsTarget), value.Note ?? "",
                    ]);
                }
            }
        }
        return new PackTable("Все значения",
            [new("Год"), new("Код показателя"), new("Показатель"), new("Единица"), new("Уровень"), new("Код МО"), new("Территория"), new("Числитель", true), new("Знаменатель", true), new("Значение", true), new("Цель", true), new("Статус"), new("Примечание")],
            rows);
    }

}
