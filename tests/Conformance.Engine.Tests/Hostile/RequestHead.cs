namespace Conformance.Engine.Tests.Hostile;

/// <summary>Reads an HTTP request up to its blank line, so the fault starts only once the client has asked.</summary>
internal static class RequestHead
{
    private const int MaxBytes = 16 * 1024;

    /// <returns>False when the client hung up first or the head is longer than the server will read.</returns>
    public static async Task<bool> SkipAsync(Stream stream, CancellationToken stop)
    {
        var buffer = new byte[MaxBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), stop);
            if (read == 0)
            {
                return false;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
