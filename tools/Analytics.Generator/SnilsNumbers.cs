using System.Globalization;

namespace Analytics.Generator;

/// <summary>Valid СНИЛС for synthetic data: nine digits and the contract's checksum.</summary>
public static class SnilsNumbers
{
    /// <summary>The control number for a weighted sum of the first nine digits (the contract's rule).</summary>
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

    /// <summary>A valid 11-digit СНИЛС from nine digits.</summary>
    public static string FromNumber(int firstNine)
    {
        var s = firstNine.ToString("D9", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (s[i] - '0') * (9 - i);
        }
        return s + Checksum(sum).ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>11 digits as <c>123-456-789 01</c>.</summary>
    public static string Format(string digits) => $"{digits[..3]}-{digits[3..6]}-{digits[6..9]} {digits[9..]}";
}
