using System.Security.Cryptography;
using DuckDB.NET.Data;

namespace Analytics.Etl.Privacy;

/// <summary>
/// Turns a normalized СНИЛС into the person key of the warehouse: the first 128 bits of
/// HMAC-SHA256(secret, its 11 digits), as a UUID. Without the secret the key cannot be reversed or
/// recomputed from a guessed СНИЛС. Registered in DuckDB as the scalar function
/// <c>pseudonym(BIGINT) → UUID</c>, so pseudonyms are computed where the rows are validated.
/// </summary>
public sealed class Pseudonymizer(byte[] key) : IDisposable
{
    private readonly ThreadLocal<IncrementalHash> _hmac = key.Length > 0
        ? new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key), trackAllValues: true)
        : throw new ArgumentException("The pseudonym key is empty.", nameof(key));

    /// <summary>
    /// A fingerprint of the key, kept in the warehouse to recognize its key: an HMAC of a fixed
    /// label, from which the key cannot be recovered.
    /// </summary>
    public string Fingerprint { get; } = Convert.ToHexStringLower(HMACSHA256.HashData(key, "analytics: pseudonym key fingerprint v1"u8));

    /// <summary>The person key of a normalized 11-digit СНИЛС.</summary>
    public Guid PersonKey(string snilsDigits) => PersonKey(long.Parse(snilsDigits, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The person key of a СНИЛС given as its number (the 11 digits, leading zeros implied).</summary>
    public Guid PersonKey(long snils)
    {
        Span<byte> digits = stackalloc byte[11];
        for (var i = 10; i >= 0; i--)
        {
            digits[i] = (byte)('0' + snils % 10);
            snils /= 10;
        }
        Span<byte> mac = stackalloc byte[32];
        var hmac = _hmac.Value!;
        hmac.AppendData(digits);
        hmac.GetHashAndReset(mac);
        return new Guid(mac[..16]);
    }

    /// <summary>Registers <c>pseudonym(BIGINT) → UUID</c> on a connection.</summary>
    public void Register(DuckDBConnection connection)
    {
#pragma warning disable DuckDBNET001 // Scalar functions are marked experimental in DuckDB.NET 1.5; the API is used as documented.
        connection.RegisterScalarFunction<long, Guid>("pseudonym", (readers, writer, count) =>
        {
            for (ulong i = 0; i < count; i++)
            {
                if (readers[0].IsValid(i))
                {
                    writer.WriteValue(PersonKey(readers[0].GetValue<long>(i)), i);
                }
                else
                {
                    writer.WriteNull(i);
                }
            }
        });
#pragma warning restore DuckDBNET001
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var h in _hmac.Values)
        {
            h.Dispose();
        }
        _hmac.Dispose();
    }
}
