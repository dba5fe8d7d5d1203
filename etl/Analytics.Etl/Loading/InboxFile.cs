using Analytics.Contract;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Loading;

/// <summary>A file found in the inbox, with its kind (null when unknown).</summary>
public sealed record InboxFile(string Path, FileKind? Kind)
{
    /// <summary>The file name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>The content fingerprint, computed once when first asked.</summary>
    public FileFingerprint Fingerprint => _fingerprint ??= FileFingerprint.Compute(Path);

    private FileFingerprint? _fingerprint;
}
