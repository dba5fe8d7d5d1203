using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Reading;

/// <summary>
/// One streaming pass over a file's bytes: its SHA-256 (the identity used to skip files loaded
/// before) and, for text, whether it is valid UTF-8 (otherwise it is read as Windows-1251).
/// </summary>
public sealed record FileFingerprint(string Sha256, bool IsUtf8)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Reads the file once.</summary>
    public static FileFingerprint Compute(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[1 << 20];
        var chars = new char[bytes.Length + 4];
        var utf8 = true;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            hash.AppendData(bytes, 0, read);
            if (utf8)
            {
                try
                {
                    decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    utf8 = false;
                }
            }
        }
        if (utf8)
        {
            try
            {
                decoder.GetChars([], 0, 0, chars, 0, flush: true);
            }
            catch (DecoderFallbackException)
            {
                utf8 = false;
            }
        }
        return new FileFingerprint(Convert.ToHexStringLower(hash.GetHashAndReset()), utf8);
    }
}
