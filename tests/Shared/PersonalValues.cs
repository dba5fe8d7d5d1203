using System.Globalization;
using Analytics.Etl.Reading;
using Analytics.Etl.Validation;

namespace Analytics.Tests.Support;

/// <summary>Every СНИЛС (as written), name and birth date (both date forms) of an inbox, to search outputs for.</summary>
public sealed record PersonalValues(HashSet<string> Snils, HashSet<string> Names, HashSet<string> BirthDates)
{
    /// <summary>Reads every file of the inbox with the product's own readers.</summary>
    public static PersonalValues Of(string inbox)
    {
        var result = new PersonalValues([], [], []);
        foreach (var path in Directory.GetFiles(inbox))
        {
            using var source = RowSources.Open(path, FileFingerprint.Compute(path));
            var header = source.Header.Select(h => h.ToLowerInvariant()).ToList();
            var snils = Enumerable.Range(0, header.Count).Where(i => header[i].Contains("snils", StringComparison.Ordinal) || header[i].Contains("снилс", StringComparison.Ordinal)).ToList();
            var names = Enumerable.Range(0, header.Count).Where(i => header[i] is "last_name" or "first_name" or "middle_name" or "фамилия" or "имя" or "отчество").ToList();
            var birth = header.FindIndex(h => h is "birth_date" or "дата рождения");
            while (source.Read())
            {
                snils.ForEach(i => { if (source.Cell(i) is { } s) { result.Snils.Add(CellParser.AsText(s)); } });
                names.ForEach(i => { if (source.Cell(i) is { } n) { result.Names.Add(CellParser.AsText(n)); } });
                if (birth >= 0 && source.Cell(birth) is { } b)
                {
                    var date = DateOnly.ParseExact(CellParser.AsText(b), ["dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture);
                    result.BirthDates.Add(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
                    result.BirthDates.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }
        }
        return result;
    }
}
