using System.Runtime.InteropServices;
using System.Text;

namespace Analytics.Etl.Reading;

/// <summary>
/// What an inbox entry is, without opening it: opening a FIFO blocks until a writer appears and a
/// device may never end, so only regular files are ever opened. .NET exposes no file type, so
/// this asks the runtime's own native shim (the same lstat .NET uses, with one layout on every
/// platform: the mode is the second 32-bit field).
/// </summary>
public static partial class FileType
{
    private const int TypeMask = 0xF000, Regular = 0x8000;

    /// <summary>Whether <paramref name="path"/> is a regular file (not a pipe, a device, a socket, a folder or a link).</summary>
    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return File.Exists(path);
        }
        var status = new byte[256];
        var name = Encoding.UTF8.GetBytes(path + "\0");
        return LStat(name, status) == 0 && (BitConverter.ToInt32(status, 4) & TypeMask) == Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static partial int LStat(byte[] path, byte[] status);
}
