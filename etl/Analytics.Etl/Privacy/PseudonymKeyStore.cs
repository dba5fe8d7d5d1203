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

    /// <summary>The key bytes; <paramref name="warn"/> is told when a new key file is created.</summary>
    public static byte[] Resolve(string? configuredKey, string warehousePath, Action<string> warn)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return Encoding.UTF8.GetBytes(configuredKey.Trim());
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(warehousePath)) ?? ".";
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, FileName);
        if (!File.Exists(file))
        {
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            try
            {
                using var stream = new FileStream(file, options);
                using var writer = new StreamWriter(stream);
                writer.Write(secret);
                warn($"No Privacy:PseudonymKey configured: created a random pseudonym key in {file} (owner-only). Keep it with the warehouse; without it new loads cannot match earlier persons.");
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process created it first: use theirs.
            }
        }
        return Encoding.UTF8.GetBytes(File.ReadAllText(file).Trim());
    }
}
