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

    /// <summary>
    /// Widens the pipe's buffer from the kernel's 64 KB to <paramref name="bytes"/> (the stager
    /// asks for its 1 MB chunk, the unprivileged limit) so the writer hands the reader one chunk per
    /// wake-up: a 1.3 M-row file reads in 1.0 s instead of 1.26 s (median of eight, against 0.93 s
    /// for the file read directly). Where the kernel refuses, the pipe stays as it is.
    /// </summary>
    public static void Widen(Microsoft.Win32.SafeHandles.SafeFileHandle pipe, int bytes)
    {
        var added = false;
        pipe.DangerousAddRef(ref added);
        try
        {
            _ = Control((int)pipe.DangerousGetHandle(), SetPipeSize, bytes);
        }
        finally
        {
            if (added)
            {
                pipe.DangerousRelease();
            }
        }
    }

    private const int SetPipeSize = 1031; // F_SETPIPE_SZ on Linux

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Make(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Control(int fd, int command, int argument);
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
