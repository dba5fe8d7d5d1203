using Analytics.Contract;


namespace Analytics.Generator;

/// <summary>
/// Writes a deterministic synthetic inbox that follows the data contract: the region's
/// municipalities and organizations, a staff that ages, leaves and is hired year by year, and
/// diagnostics, routes, courses, mentoring, methodists and staffing at rates that depend on each
/// municipality's (changing) quality — leaders, laggards, gaps that close and gaps that do not.
/// </summary>
public sealed class InboxGenerator(GeneratorOptions options)
{
    private static readonly string[] Areas = Vocabulary.DeficitAreas.Select(a => a.Code).ToArray();
    private static readonly string[] SubjectPositions =
        ["учитель математики", "учитель русского языка и литературы", "учитель начальных классов", "учитель истории",
         "учитель физики", "учитель химии", "учитель биологии", "учитель английского языка", "учитель информатики",
         "учитель физической культуры", "педагог-психолог", "учитель-логопед", "социальный педагог"];

    private readonly Random _random = new(options.Seed);
    private readonly List<Organization> _orgs = [];
    private readonly List<Person> _people = [];
    private readonly List<(string Id, string Kind, int Hours, bool Registry, bool Network, int? Updated, string[] Topics, string[] Areas)> _programs = [];
    private IReadOnlyList<MunicipalityProfile> _munis = [];
    private int _nextSnils;

    /// <summary>Writes the inbox; returns the files written.</summary>
    public IReadOnlyList<string> Generate()
    {
        Directory.CreateDirectory(options.Out);
        _nextSnils = 100_000_000 + _random.Next(50_000_000);
        _munis = TyumenRegion.ForSize(options.Teachers, options.Municipalities, _random);
        WriteMunicipalities();
        BuildOrganizations();
        WriteOrganizations();
        BuildPrograms();
        WritePrograms();
        WriteTargets();
        for (var year = options.FirstYear; year <= options.LastYear; year++)
        {
            if (year == options.FirstYear)
            {
                Hire(year, initial: true);
            }
            else
            {
                Age(year);
                Hire(year, initial: false);
            }
            WriteYear(year);
        }
        WriteMeasures(); // last: the other files stay the same for a seed
        return Directory.GetFiles(options.Out).Order(StringComparer.Ordinal).ToList();
    }

    private double Quality(int muni, int year) => _munis[muni].QualityIn(year, options.FirstYear);

    private bool Chance(double p) => _random.NextDouble() < p;

    private DateOnly DayIn(int year, int fromMonth = 1, int toMonth = 12)
    {
        var start = new DateOnly(year, fromMonth, 1);
        var end = new DateOnly(year, toMonth, DateTime.DaysInMonth(year, toMonth));
        return start.AddDays(_random.Next(end.DayNumber - start.DayNumber + 1));
    }

    private Dialect DialectFor(FileKind kind, int year)
    {
        Dialect[] dialects = options.CsvOnly
            ? [Dialect.PlainCsv, Dialect.RussianExcelCsv]
            :
            [
                Dialect.RussianExcelCsv,
                new Dialect(true, false, false, ',', true, true, NumericSnils: true),
                Dialect.PlainCsv,
                Dialect.RussianExcelCsv,
                new Dialect(false, false, true, ';', true, true),
                new Dialect(true, false, false, ',', false, false),
                Dialect.RussianExcelCsv,
            ];
        return dialects[(kind.Order * 3 + year) % dialects.Length];
    }

    private TableWriter Open(string name, FileKind kind, Dialect? dialect = null, int year = 0)
    {
        var d = dialect ?? DialectFor(kind, year);
        var header = kind.Columns.Select(c => d.RussianHeaders && c.Aliases.Length > 0 ? c.Aliases[0] : c.Name).ToArray();
        return new TableWriter(Path.Combine(options.Out, name), d, header);
    }

    private void WriteMunicipalities()
    {
        // Two files: the kinds before 2025 and after (the districts became municipal okrugs);
        // the later file corrects the earlier by key, the code stays.
        var before = Math.Min(options.LastYear, 2024);
        using (var w = Open($"municipalities_{before}", DataContract.Municipalities, Dialect.PlainCsv with { Bom = true }))
        {
            foreach (var m in _munis)
            {
                w.Write(m.Code, m.Name, m.KindIn(before));
            }
        }
        if (options.LastYear >= 2025)
        {
            using var w = Open("municipalities_2025", DataContract.Municipalities, Dialect.RussianExcelCsv);
            foreach (var m in _munis)
            {
                w.Write(m.Code, m.Name.Replace("муниципальный район", "муниципальный округ", StringComparison.Ordinal), m.KindIn(2025));
            }
        }
    }

    private void BuildOrganizations()
    {
        var totalWeight = _munis.Sum(m => m.Weight);
        for (var mi = 0; mi < _munis.Count; mi++)
        {
            var m = _munis[mi];
            var staff = options.Teachers * m.Weight / totalWeight;
            var urban = m.UrbanOkrug;
            var town = m.Name.Split(' ')[^1];
            AddOrgs(mi, "school", staff * 0.55, urban ? 60 : 22, i => urban
                ? $"МАОУ СОШ № {i + 1} {(m.Name.StartsWith("город", StringComparison.Ordinal) ? "г. " + town : m.Name)}"
                : $"МАОУ {Village(i)} СОШ ({m.Name})");
            AddOrgs(mi, "preschool", staff * 0.30, urban ? 35 : 12, i => $"МАДОУ детский сад № {i + 1} ({m.Name})");
            AddOrgs(mi, "additional", staff * 0.09, 20, i => $"МАУ ДО «Центр детского творчества № {i + 1}» ({m.Name})");
            if (urban || m.Weight > 3)
            {
                AddOrgs(mi, "college", staff * 0.05, 55, i => $"ГАПОУ ТО «Многопрофильный техникум № {i + 1}» ({m.Name})");
            }
            if (mi == 0)
            {
                _orgs.Add(new Organization(OrgId(mi, _orgs.Count), "ГАОУ ТО ДПО «Тюменский областной государственный институт развития регионального образования» (ТОГИРРО)", mi, "dpo", false, Math.Max(5, (int)(staff * 0.01))));
            }
        }
    }

    private static string Village(int i)
    {
        string[] names = ["Центральная", "Новоселезнёвская", "Каргалинская", "Красновская", "Шабанова", "Осиновская", "Пинигинская", "Луговская", "Берёзовская", "Полевая"];
        return names[i % names.Length] + (i >= names.Length ? $" № {i / names.Length + 1}" : "");
    }

    private void AddOrgs(int muni, string type, double staff, int averageSize, Func<int, string> name)
    {
        var count = Math.Max(1, (int)Math.Round(staff / averageSize));
        for (var i = 0; i < count; i++)
        {
            var capacity = Math.Max(3, (int)Math.Round(staff / count * (0.6 + _random.NextDouble() * 0.8)));
            var lowResults = type == "school" && Chance(_munis[muni].UrbanOkrug ? 0.04 : 0.12);
            _orgs.Add(new Organization(OrgId(muni, _orgs.Count), name(i), muni, type, lowResults, capacity));
        }
    }

    private static string OrgId(int muni, int index) => $"72{muni % 100:D2}{index:D6}";

    private void WriteOrganizations()
    {
        using var w = Open("organizations", DataContract.Organizations, options.CsvOnly ? Dialect.RussianExcelCsv : new Dialect(true, false, false, ',', true, true));
        string[] typeWords = ["school", "preschool", "additional", "college", "university", "dpo"];
        string[] russian = ["ОО", "ДОО", "УДО", "ПОО", "ВУЗ", "ДПО"];
        foreach (var o in _orgs)
        {
            var type = Chance(0.5) ? russian[Array.IndexOf(typeWords, o.Type)] : o.Type;
            w.Write(o.Id, o.Name, _munis[o.Municipality].Code, type, o.LowResults);
        }
    }

    private void BuildPrograms()
    {
        var count = Math.Clamp(options.Teachers / 200, 40, 600);
        var topics = Vocabulary.ProgramTopics.Select(t => t.Code).ToArray();
        for (var i = 0; i < count; i++)
        {
            var pp = Chance(0.12);
            var programAreas = Areas.OrderBy(_ => _random.Next()).Take(Chance(0.6) ? 1 : 2).ToArray();
            var programTopics = topics.OrderBy(_ => _random.Next()).Take(_random.Next(0, 3)).ToArray();
            _programs.Add((
                $"ДПП-{i + 1:D4}",
                pp ? "pp" : "pk",
                pp ? 250 + _random.Next(0, 270) : 16 + 4 * _random.Next(0, 15),
                Chance(0.40),
                Chance(0.22),
                Chance(0.85) ? options.FirstYear + _random.Next(-3, options.LastYear - options.FirstYear + 1) : null,
                programTopics,
                programAreas));
        }
    }

    private void WritePrograms()
    {
        string[] titles = ["Формирование функциональной грамотности обучающихся", "Цифровые инструменты в работе педагога",
            "Методика подготовки к ГИА", "Современные технологии воспитания", "Работа с одарёнными детьми",
            "Управление качеством образования в ОО", "Психолого-педагогическое сопровождение обучающихся",
            "Профориентация в школе: модели и практики", "Обновлённые ФГОС: содержание и методика", "Коммуникация в образовательной среде"];
        using var w = Open("programs", DataContract.Programs, Dialect.RussianExcelCsv);
        foreach (var (p, i) in _programs.Select((p, i) => (p, i)))
        {
            w.Write(p.Id, $"{titles[i % titles.Length]} ({p.Hours} ч.)", p.Kind == "pp" ? "ПП" : "ПК", p.Hours, "ТОГИРРО",
                p.Registry, p.Network, p.Updated, string.Join(";", p.Topics), string.Join(";", p.Areas));
        }
    }

    /// <summary>What a municipality plausibly does about a recommendation on an indicator.</summary>
    private static readonly (string Indicator, string Title, string Responsible)[] MeasureKinds =
    [
        ("diag_coverage", "Диагностика профессиональных дефицитов педагогов, не прошедших её", "ММС"),
        ("route_share", "Разработка ИОМ по итогам диагностики", "ММС"),
        ("route_tutor_share", "Закрепление тьюторов методического актива за педагогами с ИОМ", "ЦНППМ"),
        ("pd_3y_share", "Курсы повышения квалификации для педагогов, не обучавшихся три года", "МОУО"),
        ("young_support_share", "Закрепление наставников за молодыми педагогами", "руководители ОО"),
        ("mgmt_team_share", "Обучение управленческих команд ОО", "ТОГИРРО"),
        ("frdpp_diag_share", "Курсы из федерального реестра ДПП по итогам диагностики", "ЦНППМ"),
        ("staffing_rate", "Целевое обучение и привлечение молодых специалистов", "МОУО"),
    ];

    /// <summary>
    /// Measures taken on the recommendations of each year but the last: the weaker municipalities
    /// take some more often; most are done, some planned, a few cancelled.
    /// </summary>
    private void WriteMeasures()
    {
        using var w = Open("measures", DataContract.Measures, Dialect.PlainCsv with { RussianHeaders = true });
        for (var year = options.FirstYear; year < options.LastYear; year++)
        {
            for (var m = 0; m < _munis.Count; m++)
            {
                if (!Chance(0.55 - 0.25 * Quality(m, year)))
                {
                    continue;
                }
                foreach (var kind in MeasureKinds.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3)))
                {
                    var start = DayIn(year + 1, 1, 6);
                    var roll = _random.NextDouble();
                    var status = roll < 0.7 ? "выполнено" : roll < 0.9 ? "запланировано" : "отменено";
                    DateOnly? end = status == "выполнено" ? start.AddDays(30 + _random.Next(90)) : null;
                    w.Write(_munis[m].Code, kind.Indicator, year, kind.Title, start, end, kind.Responsible, status);
                }
            }
        }
    }

    private void WriteTargets()
    {
        using var w = Open("targets", DataContract.Targets, Dialect.PlainCsv);
        w.Write("diag_coverage", options.FirstYear, 60.0);
        w.Write("diag_coverage", 2024, 75.0);
        w.Write("route_share", 2023, 10.0);
        w.Write("pd_3y_share", options.FirstYear, 60.0);
        w.Write("staffing_rate", options.FirstYear, 95.0);
        w.Write("young_support_share", 2025, 80.0);
    }

    private Person NewPerson(int year, int org, bool young)
    {
        var female = Chance(0.84);
        var age = young ? 22 + _random.Next(0, 9) : 25 + _random.Next(0, 38);
        var experience = young ? _random.Next(0, 3) : Math.Max(0, age - 23 - _random.Next(0, 8));
        var (last, first, middle) = RussianNames.Next(_random, female);
        var type = _orgs[org].Type;
        return new Person
        {
            Snils = SnilsNumbers.FromNumber(_nextSnils += 1 + _random.Next(0, 7)),
            LastName = last,
            FirstName = first,
            MiddleName = middle,
            BirthDate = new DateOnly(year - age, 1, 1).AddDays(_random.Next(0, 365)),
            CareerStart = year - experience,
            Org = org,
            Role = "teacher",
            Position = type switch
            {
                "school" => SubjectPositions[_random.Next(SubjectPositions.Length)],
                "preschool" => Chance(0.8) ? "воспитатель" : "музыкальный руководитель",
                "additional" => "педагог дополнительного образования",
                "college" => "преподаватель",
                _ => "методист",
            },
            Skill = (_random.NextDouble() - 0.5) * 30,
        };
    }

    private void Hire(int year, bool initial)
    {
        var byOrg = new List<Person>[_orgs.Count];
        for (var o = 0; o < byOrg.Length; o++)
        {
            byOrg[o] = [];
        }
        foreach (var p in _people)
        {
            if (p.Active)
            {
                byOrg[p.Org].Add(p);
            }
        }
        for (var o = 0; o < _orgs.Count; o++)
        {
            var staff = byOrg[o];
            var target = (int)Math.Round(_orgs[o].Capacity * (1 + 0.005 * (year - options.FirstYear)));
            for (var n = staff.Count; n < target; n++)
            {
                var person = NewPerson(year, o, young: !initial ? Chance(0.7) : Chance(0.22));
                _people.Add(person);
                staff.Add(person);
            }
            var wantedManagers = _orgs[o].Type == "school" ? Math.Clamp(1 + _orgs[o].Capacity / 25, 1, 5) : Math.Clamp(_orgs[o].Capacity / 30, 1, 2);
            var managers = staff.Count(p => p.Role == "manager");
            if (managers < wantedManagers)
            {
                var first = managers == 0;
                foreach (var c in staff.Where(p => p.Role == "teacher" && year - p.CareerStart >= 5).Take(wantedManagers - managers).ToList())
                {
                    c.Role = "manager";
                    c.Position = first ? "директор" : "заместитель директора";
                    first = false;
                }
            }
        }
    }

    private void Age(int year)
    {
        var peers = Enumerable.Range(0, _orgs.Count)
            .GroupBy(o => (_orgs[o].Municipality, _orgs[o].Type))
            .ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var p in _people)
        {
            if (!p.Active)
            {
                continue;
            }
            var age = year - p.BirthDate.Year;
            if (Chance(age > 60 ? 0.18 : year - p.CareerStart < 3 ? 0.10 : 0.05))
            {
                p.Active = false;
            }
            else if (p.Role == "teacher" && Chance(0.02))
            {
                var org = _orgs[p.Org];
                var sameKind = peers[(org.Municipality, org.Type)];
                p.Org = sameKind[_random.Next(sameKind.Length)];
            }
        }
    }

    private void WriteYear(int year)
    {
        var staff = _people.Where(p => p.Active).ToList();
        var mistakes = options.InjectErrors ? new Random(options.Seed + year) : null;
        using (var w = Open($"teachers_{year}", DataContract.Teachers, year: year))
        {
            foreach (var p in staff)
            {
                var snils = p.SnilsCell;
                var org = _orgs[p.Org].Id;
                if (mistakes?.Next(3000) == 0)
                {
                    var broken = p.Snils[..10] + (char)('0' + (p.Snils[10] - '0' + 1) % 10);
                    snils = new SnilsValue(broken, SnilsNumbers.Format(broken));
                }
                else if (mistakes?.Next(5000) == 0)
                {
                    org = "7299999999";
                }
                w.Write(year, snils, p.LastName, p.FirstName, p.MiddleName, p.BirthDate, org,
                    p.Role == "manager" ? (Chance(0.5) ? "руководитель" : "manager") : (Chance(0.5) ? "педагог" : "teacher"),
                    year - p.CareerStart, p.Position);
            }
        }

        var methodistPool = WriteMethodists(year, staff);
        using var diagnostics = Open($"diagnostics_{year}", DataContract.Diagnostics, year: year);
        using var courses = Open($"courses_{year}", DataContract.Courses, year: year);
        using var routes = Open($"routes_{year}", DataContract.Routes, year: year);
        using var mentoring = Open($"mentoring_{year}", DataContract.Mentoring, year: year);
        var lastDay = new DateOnly(options.LastYear, 12, 31);
        var routeNumber = 0;
        foreach (var p in staff)
        {
            var org = _orgs[p.Org];
            var q = Quality(org.Municipality, year);
            var deficits = new List<(string Area, DateOnly Date)>();
            if (Chance(0.30 + 0.6 * q))
            {
                var date = DayIn(year, 2, 11);
                foreach (var area in Areas.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
                {
                    var score = Math.Round(Math.Clamp(50 + 28 * q + p.Skill + (_random.NextDouble() - 0.5) * 30, 0, 100), 1);
                    if (mistakes?.Next(4000) == 0)
                    {
                        score = 120;
                    }
                    diagnostics.Write(p.SnilsCell, date, area, score);
                    if (score < 60)
                    {
                        var retest = date.AddDays(60 + _random.Next(0, 90));
                        if (retest.Year == year && Chance(0.25))
                        {
                            var better = Math.Min(100, score + 5 + _random.Next(0, 25));
                            diagnostics.Write(p.SnilsCell, retest, area, better);
                            if (better < 60)
                            {
                                deficits.Add((area, retest));
                            }
                        }
                        else
                        {
                            deficits.Add((area, date));
                        }
                    }
                }
            }
            if (deficits.Count > 0 && Chance(0.15 + 0.55 * q))
            {
                var created = deficits[0].Date.AddDays(10 + _random.Next(0, 80));
                var tutor = Chance(0.35 + 0.6 * q) && methodistPool.Count > 0 ? methodistPool[_random.Next(methodistPool.Count)].SnilsCell : null;
                var roll = _random.NextDouble();
                var completed = created.AddDays(90 + _random.Next(0, 210));
                var (status, completedDate) = completed <= lastDay && roll < 0.55 ? ("completed", (DateOnly?)completed) : roll > 0.95 ? ("cancelled", null) : ("active", null);
                routes.Write($"ИОМ-{year}-{++routeNumber:D6}", p.SnilsCell, created, tutor, status, completedDate);
            }
            var courseChance = (p.Role == "manager" ? 0.20 : 0.12) + 0.28 * q;
            if (Chance(courseChance))
            {
                var targeted = deficits.Count > 0 && Chance(0.75);
                var candidates = targeted
                    ? _programs.Where(x => x.Areas.Contains(deficits[0].Area)).ToList()
                    : p.Role == "manager" ? _programs.Where(x => x.Topics.Contains("management")).DefaultIfEmpty(_programs[0]).ToList() : _programs;
                var program = candidates[_random.Next(candidates.Count)];
                var start = targeted ? deficits[0].Date.AddDays(15 + _random.Next(0, 180)) : DayIn(year);
                var end = start.AddDays(program.Hours / 6 + 3 + _random.Next(0, 20));
                string status;
                DateOnly? endDate;
                if (end > lastDay)
                {
                    (status, endDate) = ("in_progress", null);
                }
                else if (Chance(0.06))
                {
                    (status, endDate) = ("dropped", null);
                }
                else
                {
                    (status, endDate) = ("completed", end);
                }
                if (mistakes?.Next(3000) == 0 && endDate is not null)
                {
                    endDate = start.AddDays(-5);
                }
                courses.Write(p.SnilsCell, program.Id, start, endDate,
                    status switch { "completed" => Chance(0.5) ? "завершил" : "completed", "dropped" => "отчислен", _ => "обучается" });
            }
            var young = year - p.BirthDate.Year < 35 && year - p.CareerStart < 3;
            if (young && (p.MentoredUntil is null || p.MentoredUntil < new DateOnly(year, 1, 1)) && Chance(0.30 + 0.65 * q))
            {
                var start = new DateOnly(year, 9, 1).AddDays(-_random.Next(0, 240));
                DateOnly? end = Chance(0.3) ? null : start.AddDays(365 + _random.Next(0, 365));
                p.MentoredUntil = end ?? DateOnly.MaxValue;
                var mentor = staff[_random.Next(staff.Count)];
                mentoring.Write(p.SnilsCell, mentor.SnilsCell, start, end,
                    Chance(0.5) ? "наставничество «педагог — педагог»" : "школа молодого педагога");
            }
        }
        WriteStaffing(year, staff);
    }

    private List<Person> WriteMethodists(int year, List<Person> staff)
    {
        var pool = new List<Person>();
        var experienced = staff.Where(p => year - p.CareerStart >= 8).ToList();
        var size = Math.Max(10, options.Teachers / 170);
        var weights = _munis.Select((m, i) => m.Weight * (0.4 + Quality(i, year))).ToArray();
        var total = weights.Sum();
        using var w = Open($"methodists_{year}", DataContract.Methodists, year: year);
        var chosen = new HashSet<string>();
        for (var n = 0; n < size && experienced.Count > 0; n++)
        {
            var p = experienced[_random.Next(experienced.Count)];
            if (!chosen.Add(p.Snils))
            {
                continue;
            }
            var pick = _random.NextDouble() * total;
            var muni = 0;
            while (muni < weights.Length - 1 && (pick -= weights[muni]) > 0)
            {
                muni++;
            }
            var roll = _random.NextDouble();
            var role = roll < 0.6 ? "методист" : roll < 0.85 ? "тьютор" : "эксперт";
            w.Write(year, p.SnilsCell, _munis[muni].Code, role);
            pool.Add(p);
        }
        return pool;
    }

    private void WriteStaffing(int year, List<Person> staff)
    {
        var counts = new int[_orgs.Count];
        foreach (var p in staff)
        {
            counts[p.Org]++;
        }
        using var w = Open($"staffing_{year}", DataContract.Staffing, year: year);
        for (var o = 0; o < _orgs.Count; o++)
        {
            if (_orgs[o].Type != "school")
            {
                continue;
            }
            var q = Quality(_orgs[o].Municipality, year);
            var positions = Math.Round(counts[o] * (1.05 + _random.NextDouble() * 0.15) * 4) / 4;
            var rate = Math.Min(1, 0.86 + 0.12 * q + (_random.NextDouble() - 0.5) * 0.04);
            if (Chance(0.5))
            {
                w.Write(_orgs[o].Id, new DateOnly(year, 1, 15), positions, Math.Round(positions * Math.Min(1, rate + 0.02) * 4) / 4);
            }
            w.Write(_orgs[o].Id, new DateOnly(year, 9, 1), positions, Math.Round(positions * rate * 4) / 4);
        }
    }
}
