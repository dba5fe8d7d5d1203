using System.Runtime.InteropServices;

namespace Analytics.Etl.Staging;

/// <summary>A named pipe (FIFO) in a private folder: DuckDB reads a file's text from it while C# writes it.</summary>
internal static partial class Fifo
{
    /// <summary>Creates a FIFO readable and writable by the owner only.</summary>
    public static void Create(string path)
    {
        if (Make(path, Convert.ToUInt32("600", 8)) != 0)
        {
            throw new IOException($"Cannot create the pipe {path} (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Make(string path, uint mode);
}

/// <summary>Opens a FIFO's read end without waiting for a writer, and closes it at once.</summary>
internal static partial class FifoReadEnd
{
    private const int ReadOnlyNonBlocking = 0x800; // O_RDONLY | O_NONBLOCK on Linux

    /// <summary>Lets a writer blocked on opening the FIFO proceed (and then fail on its first write).</summary>
    public static void Touch(string path)
    {
        var fd = Open(path, ReadOnlyNonBlocking);
        if (fd >= 0)
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
