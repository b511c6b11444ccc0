namespace Conformance.Obshell.Stub;

/// <summary>obshell's generic task id: a one-digit kind (1 cluster, 2 local) followed by the numeric id.</summary>
internal static class GenericId
{
    /// <summary>The dag id of a cluster id; -1 for a well-formed local id (never one of the stub's DAGs); null when malformed.</summary>
    public static long? TryParseDagId(string id) =>
        id.Length >= 2 && id[0] is '1' or '2' && id.All(char.IsAsciiDigit) && long.TryParse(id[1..], out var dagId)
            ? (id[0] == '1' ? dagId : -1)
            : null;
}
