namespace Analytics.Etl.Privacy;

/// <summary>СНИЛС normalization and checksum, as the data contract defines them.</summary>
public static class Snils
{
    /// <summary>
    /// Normalizes a СНИЛС to its 11 digits. Accepts <c>123-456-789 01</c>, <c>12345678901</c>, and
    /// the 9–10 digit forms Excel leaves when it stored the number (leading zeros dropped).
    /// Returns null and a reason when it is malformed or its checksum is wrong.
    /// </summary>
    public static string? Normalize(ReadOnlySpan<char> text, out string? error)
    {
        Span<char> digits = stackalloc char[11];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 11)
                {
                    error = "СНИЛС должен содержать 11 цифр";
                    return null;
                }
                digits[n++] = c;
            }
            else if (c is not ('-' or ' ' or '\u00A0'))
            {
                error = "СНИЛС содержит недопустимые символы (ожидается 123-456-789 01 или 12345678901)";
                return null;
            }
        }
        if (n is < 9 or > 11)
        {
            error = "СНИЛС должен содержать 11 цифр";
            return null;
        }
        if (n < 11)
        {
            // Excel stored the number and dropped the leading zeros: pad back to 11 digits.
            var shift = 11 - n;
            digits[..n].CopyTo(digits[shift..]);
            digits[..shift].Fill('0');
        }
        if (!ChecksumHolds(digits))
        {
            error = "неверная контрольная сумма СНИЛС";
            return null;
        }
        error = null;
        return new string(digits);
    }

    /// <summary>The contract's checksum rule; numbers up to 001-001-998 are not checked.</summary>
    public static bool ChecksumHolds(ReadOnlySpan<char> digits)
    {
        var number = 0;
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = digits[i] - '0';
            number = number * 10 + d;
            sum += d * (9 - i);
        }
        if (number <= 1001998)
        {
            return true;
        }
        var expected = Checksum(sum);
        var actual = (digits[9] - '0') * 10 + (digits[10] - '0');
        return expected == actual;
    }

    /// <summary>The control number for a weighted sum of the first nine digits.</summary>
    public static int Checksum(int sum)
    {
        if (sum < 100)
        {
            return sum;
        }
        if (sum is 100 or 101)
        {
            return 0;
        }
        var r = sum % 101;
        return r == 100 ? 0 : r;
    }

    /// <summary>Builds a valid 11-digit СНИЛС from nine digits (for the generator and tests).</summary>
    public static string FromNumber(int firstNine)
    {
        var s = firstNine.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (s[i] - '0') * (9 - i);
        }
        return s + Checksum(sum).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Formats 11 digits as <c>123-456-789 01</c>.</summary>
    public static string Format(string digits) => $"{digits[..3]}-{digits[3..6]}-{digits[6..9]} {digits[9..]}";
}
