using System.Globalization;
using System.Text;
using ExcelDataReader;
using Sylvan.Data.Csv;

namespace Analytics.Tests.Support;

/// <summary>Every СНИЛС (as written), name and birth date (both date forms) of an inbox, to search outputs for.</summary>
public sealed record PersonalValues(HashSet<string> Snils, HashSet<string> Names, HashSet<string> BirthDates)
{
    /// <summary>Reads every file of the inbox (CSV in UTF-8 or Windows-1251, XLSX), independently of the product's readers.</summary>
    public static PersonalValues Of(string inbox)
    {
        var result = new PersonalValues([], [], []);
        foreach (var path in Directory.GetFiles(inbox))
        {
            foreach (var row in Rows(path))
            {
                foreach (var (header, value) in row)
                {
                    var h = header.Trim().ToLowerInvariant();
                    if (h.Contains("snils", StringComparison.Ordinal) || h.Contains("снилс", StringComparison.Ordinal))
                    {
                        result.Snils.Add(value);
                    }
                    else if (h is "last_name" or "first_name" or "middle_name" or "фамилия" or "имя" or "отчество")
                    {
                        result.Names.Add(value);
                    }
                    else if (h is "birth_date" or "дата рождения")
                    {
                        var date = DateOnly.ParseExact(value, ["dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture);
                        result.BirthDates.Add(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
                        result.BirthDates.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }
                }
            }
        }
        return result;
    }

    private static IEnumerable<List<(string Header, string Value)>> Rows(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(path);
            using var excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
            excel.Read();
            var header = Enumerable.Range(0, excel.FieldCount).Select(i => Convert.ToString(excel.GetValue(i), CultureInfo.InvariantCulture) ?? "").ToArray();
            while (excel.Read())
            {
                yield return Enumerable.Range(0, header.Length).Where(i => excel.GetValue(i) is not null)
                    .Select(i => (header[i], Text(excel.GetValue(i)))).ToList();
            }
            yield break;
        }
        var bytes = File.ReadAllBytes(path);
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        string text;
        try
        {
            text = utf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1251).GetString(bytes);
        }
        var first = text.Split('\n')[0];
        var delimiter = first.Contains(';', StringComparison.Ordinal) && first.Count(c => c == ';') >= first.Count(c => c == ',') ? ';' : ',';
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { Delimiter = delimiter });
        while (csv.Read())
        {
            yield return Enumerable.Range(0, csv.FieldCount).Where(i => csv.GetString(i).Trim().Length > 0)
                .Select(i => (csv.GetName(i), csv.GetString(i).Trim())).ToList();
        }
    }

    private static string Text(object value) => value switch
    {
        double d when d == Math.Floor(d) => ((decimal)d).ToString("0", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
