namespace Analytics.Dashboards;

/// <summary>
/// What the data page and the region's pack say of the events of a year whose persons are not in
/// that year's staff snapshot (<see cref="SiteData.OutsideSnapshot"/>): loaded, counted in none of that year's indicators (a diagnostic may still be the basis of a next year's course).
/// </summary>
public static class OutsideSnapshot
{
    /// <summary>«1 из 2 (50,0 %)»: a kind's events of the year outside the snapshot, of all its events of the year.</summary>
    public static string Share(SiteData data, string kind, int year)
    {
        var outside = data.OutsideSnapshot.GetValueOrDefault((kind, year));
        var all = data.RowsOf(kind, year);
        return $"{RussianFormat.Number(outside, 0)} из {RussianFormat.Number(all, 0)} ({RussianFormat.Number(100.0 * outside / all)} %)";
    }

    /// <summary>
    /// «В показатели 2025 года не вошли события людей, которых нет в кадровом срезе этого года: …», or null
    /// when every event of the year is of a person in the snapshot.
    /// </summary>
    public static string? Text(SiteData data, int year)
    {
        var kinds = SiteData.InputKinds.Where(k => data.OutsideSnapshot.ContainsKey((k, year))).ToList();
        return kinds.Count == 0 ? null
            : $"В показатели {year} года не вошли события людей, которых нет в кадровом срезе этого года: "
                + string.Join("; ", kinds.Select(k => $"«{SiteData.KindTitle(k)}» — {Share(data, k, year)}"))
                + ". Много таких строк — повод сверить СНИЛС в файлах событий и полноту файла кадров.";
    }
}
