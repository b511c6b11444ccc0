namespace Conformance.Obshell.Drivers;

/// <summary>The one thing a scenario may break in a request; everything else stays well-formed.</summary>
public enum RequestFault
{
    None,
    NoAuthHeader,
    UndecryptableHeader,
    UriMismatch,
    ExpiredTs,
    WrongPassword,
    ShortKeyAndIv,
    NonIntegerTs,
}

/// <summary>The names feature files use for <see cref="RequestFault"/>.</summary>
public static class RequestFaults
{
    private static readonly Dictionary<string, RequestFault> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["no auth header"] = RequestFault.NoAuthHeader,
        ["an undecryptable header"] = RequestFault.UndecryptableHeader,
        ["a uri that differs from the request"] = RequestFault.UriMismatch,
        ["an expired ts"] = RequestFault.ExpiredTs,
        ["a wrong password"] = RequestFault.WrongPassword,
        ["a key and iv shorter than 32 bytes"] = RequestFault.ShortKeyAndIv,
        ["a ts that is not an integer"] = RequestFault.NonIntegerTs,
    };

    public static RequestFault Parse(string name) => Names.TryGetValue(name, out var fault)
        ? fault
        : throw new ArgumentException($"unknown fault '{name}'; known: {string.Join(", ", Names.Keys)}");
}
