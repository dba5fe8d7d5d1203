using System.Globalization;

namespace Analytics.Generator;

/// <summary>
/// Municipalities beyond the region's 26, for national-scale runs (Russia has about 2 300 urban
/// okrugs and municipal districts/okrugs): Russian-sounding names («Верхнеберёзовский
/// муниципальный район», «город Красноозёрск») unique across the list, about one in five an urban
/// okrug, ОКТМО-style codes grouped by region (two digits other than the Tyumen region's 71, then
/// 6xx for districts and 7xx for okrugs), and sizes drawn from a log-normal distribution (a few
/// large cities, many small districts), as the country's are.
/// </summary>
public static class SyntheticMunicipalities
{
    private static readonly string[] Prefixes = ["", "Верхне", "Нижне", "Ново", "Старо", "Мало", "Больше", "Красно", "Бело", "Черно", "Средне", "Усть-", "Южно", "Северо", "Заозёрно", "Приозёрно"];

    private static readonly string[] Roots =
    [
        "берёзов", "камен", "озёр", "лугов", "соснов", "кедров", "липов", "дубов", "ключев", "полян", "борисов",
        "иванов", "петров", "николь", "михайлов", "алексеев", "покров", "успен", "воскресен", "полев", "холм",
        "ручьев", "мохов", "ольхов", "рябинов", "калинов", "малинов", "черемхов", "вишнев", "яблонев", "грушев",
        "орехов", "орлов", "соколов", "лебедев", "журавлёв", "гусев", "волчан", "медведев", "бобров", "соболев",
        "оленев", "лосин", "зайцев", "ельнин", "пихтов", "серебрян", "сергиев", "павлов", "андреев", "фёдоров",
        "григорьев", "васильев", "дмитриев", "романов", "степанов", "тимофеев", "яковлев", "никитин", "ильин",
        "карпов", "макаров", "захаров", "антонов", "власов", "семёнов", "ефимов", "гаврилов", "тарасов", "каменев",
    ];

    /// <summary>
    /// <paramref name="count"/> municipalities after <paramref name="existing"/> (whose names and
    /// codes they never repeat); the same random source gives the same list.
    /// </summary>
    public static List<MunicipalityProfile> Create(int count, IReadOnlyCollection<MunicipalityProfile> existing, Random random)
    {
        if (count <= 0)
        {
            return []; // draws nothing: a run of the region alone stays the same run
        }
        var names = existing.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var stems = (from p in Prefixes from r in Roots select Stem(p, r)).OrderBy(_ => random.Next()).ToList();
        var regions = Enumerable.Range(1, 89).Where(r => r != 71).ToList();
        var list = new List<MunicipalityProfile>(count);
        var (districts, cities) = (0, 0);
        // The next unused name of a form: districts are «…ский муниципальный район», then, when the
        // stems run out, «…ский район» (never «муниципальный округ»: the 2025 file renames every
        // district so); urban ones «город …ск», then «…ский городской округ».
        string Next(ref int cursor, Func<string, int, string> form)
        {
            while (true)
            {
                var round = cursor / stems.Count;
                var name = form(stems[cursor++ % stems.Count], round);
                if (names.Add(name))
                {
                    return name;
                }
            }
        }
        for (var i = 0; i < count; i++)
        {
            var urban = random.NextDouble() < 0.2;
            var name = urban
                ? Next(ref cities, (stem, round) => round switch { 0 => $"город {stem}ск", 1 => $"{stem}ский городской округ", _ => $"{stem}ский городской округ № {round}" })
                : Next(ref districts, (stem, round) => round switch { 0 => $"{stem}ский муниципальный район", 1 => $"{stem}ский район", _ => $"{stem}ский район № {round}" });
            // Thirty municipalities a region; within it the districts take 6xx and the okrugs 7xx.
            var region = regions[(i / 30) % regions.Count];
            var code = string.Create(CultureInfo.InvariantCulture, $"{region:D2}{(urban ? 7 : 6)}{i % 30:D2}{i / (30 * regions.Count):D3}");
            // Workers: log-normal (σ 0.9): a district's median 0.8 of a Tyumen district's, an urban okrug's about three times that.
            var weight = Math.Exp(Normal(random) * 0.9) * (urban ? 2.5 : 0.8);
            list.Add(new MunicipalityProfile(code, name, urban, weight, 0.25 + (random.NextDouble() * 0.6), (random.NextDouble() - 0.3) * 0.06));
        }
        return list;
    }

    private static string Stem(string prefix, string root) => prefix.Length == 0
        ? char.ToUpperInvariant(root[0]) + root[1..]
        : prefix.EndsWith('-') ? prefix + char.ToUpperInvariant(root[0]) + root[1..] : prefix + root;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
