using System.Globalization;
using Analytics.Contract;
using Analytics.Etl.Privacy;

namespace Analytics.Etl.Validation;

/// <summary>Parses one cell by its column's declaration; returns the stored value or an error.</summary>
public static class CellParser
{
    private static readonly string[] DateFormats =
    [
        "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd",
        "dd.MM.yyyy H:mm:ss", "dd.MM.yyyy H:mm", "d.M.yyyy H:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
    ];

    private static readonly Dictionary<string, bool> Booleans = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["false"] = false, ["1"] = true, ["0"] = false,
        ["да"] = true, ["нет"] = false, ["yes"] = true, ["no"] = false,
    };

    /// <summary>
    /// The value of a non-empty cell for the staging table, or null with <paramref name="error"/> set.
    /// <paramref name="raw"/> is a string (CSV) or what the spreadsheet stored (double, DateTime, bool).
    /// </summary>
    public static object? Parse(ColumnSpec column, object raw, Pseudonymizer pseudonymizer, out string? error)
    {
        error = null;
        switch (column.Kind)
        {
            case ValueKind.Text:
                return AsText(raw);
            case ValueKind.WholeNumber:
                {
                    var number = AsNumber(raw, out error);
                    if (number is null)
                    {
                        return null;
                    }
                    if (number != Math.Floor(number.Value) || Math.Abs(number.Value) > int.MaxValue)
                    {
                        error = "ожидается целое число";
                        return null;
                    }
                    return InRange(column, number.Value, ref error) ? (int)number.Value : null;
                }
            case ValueKind.Number:
                {
                    var number = AsNumber(raw, out error);
                    return number is not null && InRange(column, number.Value, ref error) ? number.Value : null;
                }
            case ValueKind.Date:
                return AsDate(raw, out error);
            case ValueKind.BirthDate:
                return AsDate(raw, out error)?.Year;
            case ValueKind.Boolean:
                return AsBoolean(raw, out error);
            case ValueKind.Code:
                {
                    var text = AsText(raw);
                    if (column.Codes!.TryGetValue(text, out var code))
                    {
                        return code;
                    }
                    error = "недопустимое значение; допустимо: " + string.Join(", ", column.Codes.Values.Distinct());
                    return null;
                }
            case ValueKind.CodeList:
                {
                    var codes = new List<string>();
                    foreach (var part in AsText(raw).Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!column.Codes!.TryGetValue(part, out var code))
                        {
                            error = $"недопустимое значение «{part}» в списке; допустимо: " + string.Join(", ", column.Codes.Values.Distinct());
                            return null;
                        }
                        if (!codes.Contains(code))
                        {
                            codes.Add(code);
                        }
                    }
                    return string.Join(',', codes);
                }
            case ValueKind.Snils:
                {
                    var digits = raw is double d ? IntegerDigits(d) : AsText(raw);
                    var normalized = Snils.Normalize(digits, out error);
                    return normalized is null ? null : pseudonymizer.PersonKey(normalized);
                }
            default:
                return null;
        }
    }

    /// <summary>A cell as text: numbers Excel stored become their integer digits, never "1.0E+10".</summary>
    public static string AsText(object raw) => raw switch
    {
        string s => s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e17 => IntegerDigits(d),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(raw, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    private static string IntegerDigits(double d) => ((decimal)d).ToString("0", CultureInfo.InvariantCulture);

    private static double? AsNumber(object raw, out string? error)
    {
        error = null;
        if (raw is double d)
        {
            return d;
        }
        if (raw is bool)
        {
            error = "ожидается число";
            return null;
        }
        var text = AsText(raw);
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\u00A0' or '\u2009' or '\u202F')
            {
                continue; // thousands separators
            }
            if (n == buffer.Length)
            {
                error = "ожидается число";
                return null;
            }
            buffer[n++] = c == ',' ? '.' : c;
        }
        if (double.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        error = "ожидается число";
        return null;
    }

    private static bool InRange(ColumnSpec column, double value, ref string? error)
    {
        if ((column.Min is { } min && value < min) || (column.Max is { } max && value > max))
        {
            error = column switch
            {
                { Min: { } lo, Max: { } hi } => $"значение вне диапазона {lo}..{hi}",
                { Min: { } lo } => $"значение меньше {lo}",
                _ => $"значение больше {column.Max}",
            };
            return false;
        }
        return true;
    }

    private static DateOnly? AsDate(object raw, out string? error)
    {
        error = null;
        switch (raw)
        {
            case DateTime t:
                return DateOnly.FromDateTime(t);
            case double serial when serial is >= 1 and < 73051:
                // A date cell whose format the reader did not recognize: an OLE Automation serial.
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            default:
                var text = AsText(raw);
                if (TryParseCommonDate(text, out var common))
                {
                    return common;
                }
                if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return DateOnly.FromDateTime(parsed);
                }
                error = "ожидается дата дд.ММ.гггг или гггг-ММ-дд";
                return null;
        }
    }

    /// <summary>The two date forms of the contract without the format-list search: dd.MM.yyyy and yyyy-MM-dd.</summary>
    private static bool TryParseCommonDate(string s, out DateOnly date)
    {
        date = default;
        int day, month, year;
        if (s.Length != 10)
        {
            return false;
        }
        if (s[2] == '.' && s[5] == '.')
        {
            (day, month, year) = (Digits(s, 0, 2), Digits(s, 3, 2), Digits(s, 6, 4));
        }
        else if (s[4] == '-' && s[7] == '-')
        {
            (year, month, day) = (Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2));
        }
        else
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Digits(string s, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            var d = s[i] - '0';
            if (d is < 0 or > 9)
            {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static bool? AsBoolean(object raw, out string? error)
    {
        error = null;
        switch (raw)
        {
            case bool b:
                return b;
            case double d when d is 0 or 1:
                return d == 1;
            default:
                if (Booleans.TryGetValue(AsText(raw), out var value))
                {
                    return value;
                }
                error = "ожидается да/нет (true/false, 1/0, yes/no)";
                return null;
        }
    }
}
