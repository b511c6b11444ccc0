using System.Runtime.InteropServices;
using System.Text;

namespace Conformance.Cce.Protocol;

/// <summary>
/// The system's crypt(3) (libxcrypt on Linux) for SHA-512 crypt, where there is one: its C code hashes the 5,000 rounds
/// of a password in about half the time of <see cref="ManagedSha512"/>, and salting is the largest CPU cost of a CCE
/// password scenario. Anything it declines, or a machine without it, falls back to the managed implementation; tests
/// hold the two to the same answers.
/// </summary>
internal static class SystemCrypt
{
    // libxcrypt's struct crypt_data is 32,768 bytes; crypt_rn writes its answer inside it.
    private const int DataSize = 32768;

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>Whether this machine has a system crypt with crypt_rn.</summary>
    public static bool IsAvailable => Available;

    [ThreadStatic]
    private static byte[]? data;

    [DllImport("libcrypt.so.1", EntryPoint = "crypt_rn", ExactSpelling = true)]
    private static extern IntPtr CryptRn(byte[] phrase, byte[] setting, IntPtr data, int size);

    /// <summary>The full crypt string, or null when there is no system crypt or it declines the input.</summary>
    public static string? TryHash(string password, string setting)
    {
        // A C string ends at the first NUL: such a password is hashed by the managed code, which reads all of it.
        if (!Available || password.Contains('\0', StringComparison.Ordinal) || setting.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var buffer = data ??= new byte[DataSize];
        var phrase = Terminated(password);
        var handle = GCHandle.Alloc(buffer, GCHandleType.Pinned);
        try
        {
            var result = CryptRn(phrase, Terminated(setting), handle.AddrOfPinnedObject(), DataSize);
            var text = result == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(result);

            // Only an answer for exactly this setting: "*0"/"*1" are crypt's failure tokens.
            return text is not null && text.StartsWith(setting + "$", StringComparison.Ordinal) && text.Length == setting.Length + 87
                ? text
                : null;
        }
        finally
        {
            // crypt keeps the password in its work area: wiped at once, which also leaves it zeroed for the next call.
            // The password's own UTF-8 copy is wiped too, rather than left for the collector.
            Array.Clear(buffer);
            Array.Clear(phrase);
            handle.Free();
        }
    }

    private static byte[] Terminated(string value)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(value) + 1];
        Encoding.UTF8.GetBytes(value, bytes);
        return bytes;
    }

    private static bool Probe()
    {
        try
        {
            return NativeLibrary.TryLoad("libcrypt.so.1", out var library)
                && NativeLibrary.TryGetExport(library, "crypt_rn", out _);
        }
        catch (Exception)
        {
            return false;
        }
    }
}
