using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Privacy;

/// <summary>
/// Where the pseudonym secret comes from: configuration (<c>Privacy:PseudonymKey</c>) or, when
/// none is configured, a key file beside the warehouse, created once with owner-only permissions.
/// Losing the key file makes later loads produce different person keys: back it up with the warehouse.
/// </summary>
public static class PseudonymKeyStore
{
    /// <summary>The key file's name beside the warehouse.</summary>
    public const string FileName = "pseudonym.key";

    /// <summary>The shortest key accepted, in bytes (the random key file holds 44).</summary>
    public const int MinLength = 32;

    /// <summary>The key file beside the warehouse at <paramref name="warehousePath"/>.</summary>
    public static string FilePath(string warehousePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath)) ?? ".", FileName);

    /// <summary>The key bytes; <paramref name="warn"/> is told when a new key file is created.</summary>
    public static byte[] Resolve(string? configuredKey, string warehousePath, Action<string> warn) =>
        Resolve(configuredKey, warehousePath, warn, out _);

    /// <summary>The key bytes, and whether this call created the key file.</summary>
    public static byte[] Resolve(string? configuredKey, string warehousePath, Action<string> warn, out bool created)
    {
        created = false;
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            var configured = Encoding.UTF8.GetBytes(configuredKey.Trim());
            return configured.Length >= MinLength
                ? configured
                : throw new PseudonymKeyException($"Privacy:PseudonymKey is {configured.Length} bytes long; a key must have at least {MinLength}. Use a long random secret (for example `openssl rand -base64 32`); see docs/privacy.md.");
        }
        var file = FilePath(warehousePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (!File.Exists(file))
        {
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                using var writer = new StreamWriter(Loading.OwnerOnly.CreateFile(file, FileMode.CreateNew));
                writer.Write(secret);
                created = true;
                warn($"No Privacy:PseudonymKey configured: created a random pseudonym key in {file} (owner-only). Keep it with the warehouse; without it new loads cannot match earlier persons.");
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process created it first: use theirs.
            }
        }
        var key = Encoding.UTF8.GetBytes(File.ReadAllText(file).Trim());
        return key.Length >= MinLength
            ? key
            : throw new PseudonymKeyException($"The key file {file} holds {key.Length} bytes; a key must have at least {MinLength}. See docs/privacy.md.");
    }
}

/// <summary>The pseudonym key is unusable or is not the warehouse's key: nothing is loaded.</summary>
public sealed class PseudonymKeyException(string message) : InvalidOperationException(message);
