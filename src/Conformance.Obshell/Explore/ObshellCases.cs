using System.Globalization;
using Conformance.Engine.Explore;
using Conformance.Engine.Profiles;
using CsCheck;
using static Conformance.Engine.Explore.JsonPieces;

namespace Conformance.Obshell.Explore;

/// <summary>
/// Scale-in drafts aimed only at the agent itself, the profile's non-member or unknown addresses (never a member that
/// could be removed): every field absent, null, mistyped or odd, ports 0/-1/65536/huge, force_kill of every JSON type.
/// </summary>
public static class ObshellCases
{
    private static readonly string[] Keys = ["agent_info", "ip", "port", "force_kill", "x"];

    public static Gen<Draft> For(ObshellProfile profile)
    {
        var nonMember = profile.NonMember ?? new NodeAddress("10.254.0.1", 2886);
        var target = Gen.Frequency(
            (6, Gen.Const(profile.Agent)),
            (6, Gen.Const(nonMember)),
            (3, Gen.Select(Gen.Int[0, 255], Gen.Int[1, 254], (a, b) => new NodeAddress($"10.254.{a}.{b}", 2886))));
        var agentInfo = target.SelectMany(t => Gen.Select(Ip(t.Ip), Port(t.Port), UnknownMembers(Keys), (ip, port, extra) => Object([ip, port, .. extra])));
        var body = Gen.Select(
            Gen.Frequency(
                (15, agentInfo.Select(a => (string?)Member("agent_info", a))),
                (1, Absent),
                (1, Gen.Const((string?)Member("agent_info", "null"))),
                (1, Gen.OneOf(Gen.Const("\"10.10.10.1:2886\""), Gen.Const("1"), Gen.Const("[]"), Gen.Const("true")).Select(v => (string?)Member("agent_info", v)))),
            ForceKill,
            UnknownMembers(Keys),
            (a, f, extra) => Object([a, f, .. extra]));
        return Gen.Select(
            Gen.Frequency((3, Gen.Const(("POST", "/api/v1/ob/scale_in"))), (1, Gen.Const(("DELETE", "/api/v1/observer")))),
            Envelope(body),
            (route, b) => new Draft(route.Item1, route.Item2, b, "application/json"));
    }

    private static Gen<string?> Ip(string ip) => Gen.Frequency(
        (14, Gen.Const((string?)Member("ip", Str(ip)))),
        (1, Absent),
        (1, Gen.Const((string?)Member("ip", "null"))),
        (1, Gen.Const((string?)Member("ip", "\"\""))),
        (1, Gen.OneOf(Gen.Const("1"), Gen.Const("true"), Gen.Const("[]"), Gen.Const("{}")).Select(v => (string?)Member("ip", v))),
        (2, OddString.Select(s => (string?)Member("ip", Str(" " + ip + s)))));

    private static Gen<string?> Port(int port) => Gen.Frequency(
        (14, Gen.Const((string?)Member("port", port.ToString(CultureInfo.InvariantCulture)))),
        (1, Absent),
        (1, Gen.OneOf(["null", "0", "-0", "-1", "65536", "18446744073709551616", "1e3", "1.5", "\"2886\"", "true", "[]"])
            .Select(v => (string?)Member("port", v))));

    private static Gen<string?> ForceKill { get; } = Gen.Frequency(
        (4, Absent),
        (3, Gen.Const((string?)Member("force_kill", "false"))),
        (3, Gen.Const((string?)Member("force_kill", "true"))),
        (3, Gen.OneOf(["null", "\"true\"", "\"false\"", "\"True\"", "0", "1", "[]", "{}", "\"\""]).Select(v => (string?)Member("force_kill", v))));
}
