using System.Globalization;

namespace Analytics.Dashboards;

/// <summary>
/// The order in which names are listed: as a Russian reader looks them up — alphabetically whatever the first letter's
/// case («город Ишим» between «Голышмановский» and «Заводоуковский», not after «Ярковский»), «ё» with «е», and numbers
/// inside a name by their value («Школа № 3» before «Школа № 16»). Code-point order put every lower-case name last.
/// </summary>
public static class RussianOrder
{
    /// <summary>Compares names (ICU's Russian collation, case-insensitive, numbers by value).</summary>
    public static readonly StringComparer Names =
        StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), CompareOptions.IgnoreCase | CompareOptions.NumericOrdering);
}
