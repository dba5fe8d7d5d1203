namespace Analytics.Generator;

/// <summary>A municipality of the synthetic region.</summary>
/// <param name="Code">An ОКТМО-style code (stable key).</param>
/// <param name="Name">The Russian name.</param>
/// <param name="UrbanOkrug">Городской округ (else a district that became a municipal okrug in 2025).</param>
/// <param name="Weight">Relative number of pedagogical workers.</param>
/// <param name="Quality">0..1 in the first year: how well its professional development works.</param>
/// <param name="Trend">Change of <paramref name="Quality"/> a year: positive closes the gap.</param>
public sealed record MunicipalityProfile(string Code, string Name, bool UrbanOkrug, double Weight, double Quality, double Trend)
{
    /// <summary>The kind in a year: the districts became municipal okrugs in 2025.</summary>
    public string KindIn(int year) => UrbanOkrug ? "городской округ" : year >= 2025 ? "муниципальный округ" : "муниципальный район";

    /// <summary>The quality in a year, kept inside 0.05..0.98.</summary>
    public double QualityIn(int year, int firstYear) => Math.Clamp(Quality + Trend * (year - firstYear), 0.05, 0.98);
}

/// <summary>
/// The 26 municipalities of the Tyumen region (without the autonomous okrugs) with their real
/// names and kinds. Codes are ОКТМО-style (71 7xx for urban okrugs, 71 6xx for districts):
/// check them against the official ОКТМО before relying on them outside the demo.
/// Weights follow the domain notes (Тюмень about 9 of 25 thousand workers).
/// </summary>
public static class TyumenRegion
{
    /// <summary>The municipalities; profiles give leaders, laggards, and gaps closing or not.</summary>
    public static readonly IReadOnlyList<MunicipalityProfile> Municipalities =
    [
        new("71701000", "город Тюмень", true, 36.0, 0.80, 0.010),
        new("71710000", "город Тобольск", true, 7.5, 0.70, 0.015),
        new("71705000", "город Ишим", true, 4.6, 0.62, 0.030),
        new("71715000", "город Ялуторовск", true, 2.4, 0.58, 0.020),
        new("71703000", "Заводоуковский городской округ", true, 3.0, 0.55, 0.035),
        new("71613000", "Голышмановский городской округ", true, 2.0, 0.45, 0.040),
        new("71601000", "Абатский муниципальный район", false, 1.3, 0.40, 0.045),
        new("71603000", "Армизонский муниципальный район", false, 0.7, 0.30, 0.000),
        new("71605000", "Аромашевский муниципальный район", false, 0.9, 0.48, 0.020),
        new("71607000", "Бердюжский муниципальный район", false, 0.8, 0.35, 0.050),
        new("71609000", "Вагайский муниципальный район", false, 1.6, 0.28, 0.010),
        new("71611000", "Викуловский муниципальный район", false, 1.0, 0.50, 0.015),
        new("71620000", "Исетский муниципальный район", false, 1.5, 0.60, 0.010),
        new("71622000", "Ишимский муниципальный район", false, 1.8, 0.42, 0.030),
        new("71624000", "Казанский муниципальный район", false, 1.4, 0.52, 0.025),
        new("71628000", "Нижнетавдинский муниципальный район", false, 1.6, 0.46, -0.010),
        new("71632000", "Омутинский муниципальный район", false, 1.1, 0.55, 0.020),
        new("71638000", "Сладковский муниципальный район", false, 0.7, 0.32, 0.040),
        new("71639000", "Сорокинский муниципальный район", false, 0.5, 0.38, -0.015),
        new("71642000", "Тобольский муниципальный район", false, 1.4, 0.44, 0.030),
        new("71644000", "Тюменский муниципальный район", false, 8.5, 0.72, 0.015),
        new("71646000", "Уватский муниципальный район", false, 1.3, 0.66, 0.005),
        new("71648000", "Упоровский муниципальный район", false, 1.2, 0.50, 0.030),
        new("71652000", "Юргинский муниципальный район", false, 0.7, 0.36, 0.045),
        new("71654000", "Ялуторовский муниципальный район", false, 1.3, 0.53, 0.020),
        new("71656000", "Ярковский муниципальный район", false, 1.2, 0.41, 0.000),
    ];

    /// <summary>
    /// The municipalities of a run: the 26 real ones, plus synthetic ones up to
    /// <paramref name="municipalities"/> when given, else about one per 600 workers beyond 200
    /// thousand (so that a national-scale run has national-scale slices).
    /// </summary>
    public static IReadOnlyList<MunicipalityProfile> ForSize(int teachers, int? municipalities, Random random)
    {
        var list = Municipalities.ToList();
        var wanted = municipalities ?? (teachers > 200_000 ? teachers / 600 : list.Count);
        list.AddRange(SyntheticMunicipalities.Create(Math.Max(0, wanted - list.Count), list, random));
        return list;
    }
}
