using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Privacy;

/// <summary>
/// Turns a normalized СНИЛС into the person key of the warehouse: the first 128 bits of
/// HMAC-SHA256(secret, 11 digits), as a UUID. Without the secret the key cannot be reversed or
/// recomputed from a guessed СНИЛС. One instance per thread: it reuses its HMAC state.
/// </summary>
public sealed class Pseudonymizer(byte[] key) : IDisposable
{
    private readonly ThreadLocal<IncrementalHash> _hmac = key.Length > 0
        ? new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key), trackAllValues: true)
        : throw new ArgumentException("The pseudonym key is empty.", nameof(key));

    /// <summary>The person key of a normalized 11-digit СНИЛС.</summary>
    public Guid PersonKey(string snilsDigits)
    {
        Span<byte> input = stackalloc byte[11];
        Encoding.ASCII.GetBytes(snilsDigits, input);
        Span<byte> mac = stackalloc byte[32];
        var hmac = _hmac.Value!;
        hmac.AppendData(input);
        hmac.GetHashAndReset(mac);
        return new Guid(mac[..16]);
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
