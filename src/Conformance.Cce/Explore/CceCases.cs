using Conformance.Cce.Protocol;
using Conformance.Engine.Explore;
using CsCheck;
using static Conformance.Engine.Explore.JsonPieces;

namespace Conformance.Cce.Explore;

/// <summary>
/// RemoveNode drafts: every field of RemoveNodesTask present, absent, null, mistyped or out of range, node lists of
/// 0/1/200/201 items, passwords of 0 to 40 characters in every class mix, login conflicts, unknown fields, odd content types.
/// </summary>
public static class CceCases
{
    public const string Remove = "remove";
    public const string RemoveUnknownCluster = "remove-unknown-cluster";

    /// <summary>A strong password salted with a fixed salt, so the same seed gives the same bytes in every process.</summary>
    public static readonly Lazy<string> Salted = new(() => SaltedPassword.Create("Cce@Explore2024", "ConformExplore01"));

    private static readonly string[] Keys = ["apiVersion", "kind", "spec", "nodes", "uid", "login", "x"];

    private static Gen<string?> FixedField(string name, string good, string[] wrong) => Gen.Frequency(
        (6, Gen.Const((string?)Member(name, Str(good)))),
        (3, Absent),
        (1, Gen.Const((string?)Member(name, "null"))),
        (2, Gen.OneOf(wrong.Select(w => Gen.Const((string?)Member(name, Str(w)))).ToArray())),
        (1, Gen.OneOf(Gen.Const("3"), Gen.Const("true"), Gen.Const("[]"), Gen.Const("{}")).Select(v => (string?)Member(name, v))));

    private static Gen<string> Uid { get; } = Gen.Frequency(
        (4, Gen.Int[0, 7].Select(k => Str(UidPlaceholders.Removable(k)))),
        (3, Gen.Int[0, 5].Select(k => Str(UidPlaceholders.Unknown(k)))),
        (1, Gen.Int[6, 1_000_000].Select(k => Str(UidPlaceholders.Unknown(k)))),
        (1, OddString.Select(Str)));

    private static Gen<string> Item { get; } = Gen.Frequency(
        (12, Uid.Select(u => Object([Member("uid", u)]))),
        (1, Gen.Const("{}")),
        (1, Gen.Const("{\"uid\":null}")),
        (1, Gen.OneOf(Gen.Const("5"), Gen.Const("true"), Gen.Const("[]")).Select(v => Object([Member("uid", v)]))),
        (1, Gen.Const("\"a-node\"")),
        (1, Uid.Select(u => Object([Member("uid", u), Member("name", Str("extra"))]))));

    // Long lists name only unknown uids: they test the limit, not a node.
    private static Gen<string> LongList(int count) =>
        Gen.Int[7, 1_000_000].Select(start => "[" + string.Join(",", Enumerable.Range(start, count)
            .Select(k => Object([Member("uid", Str(UidPlaceholders.Unknown(k)))]))) + "]");

    private static Gen<string> NodeList { get; } = Gen.Frequency(
        (12, Gen.Select(Item.List[1, 3], Gen.Frequency((6, Gen.Const(false)), (1, Gen.Const(true))),
            (items, dup) => "[" + string.Join(",", dup ? [.. items, items[0]] : items) + "]")),
        (1, Gen.Const("[]")),
        (1, LongList(CceOracle.NodeLimit)),
        (1, LongList(CceOracle.NodeLimit + 1)),
        (1, Gen.Int[CceOracle.NodeLimit + 2, CceOracle.NodeLimit + 5].SelectMany(LongList)));

    private static Gen<string?> Nodes { get; } = Gen.Frequency(
        (14, NodeList.Select(l => (string?)Member("nodes", l))),
        (1, Absent),
        (1, Gen.Const((string?)Member("nodes", "null"))),
        (1, Gen.OneOf(Gen.Const("{}"), Gen.Const("\"n\""), Gen.Const("1")).Select(v => (string?)Member("nodes", v))));

    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", Lower = "abcdefghijklmnopqrstuvwxyz", Digits = "0123456789";

    /// <summary>Plaintext of 0 to 40 characters drawn from a non-empty mix of the four classes, sometimes holding root or toor.</summary>
    private static Gen<string> Plaintext { get; } = Gen.Select(Gen.Int[1, 15], Gen.Int[0, 40], Gen.Int[0, 6], Gen.Int, (mask, length, user, seed) =>
    {
        var alphabet = string.Concat(new[] { Upper, Lower, Digits, PasswordPolicy.SpecialCharacters }.Where((_, i) => (mask & (1 << i)) != 0));
        var chars = Enumerable.Range(0, length).Select(i => alphabet[(int)(Mix(seed, i) % (uint)alphabet.Length)]);
        var text = new string([.. chars]);
        return user switch
        {
            1 => text + "root",
            2 => "toor" + text,
            _ => text,
        };
    });

    /// <summary>
    /// The i-th character's draw from the generated seed (a SplitMix64 finaliser). Not <see cref="HashCode"/>: it is seeded
    /// afresh in every process, so the same --seed sent other passwords in every run.
    /// </summary>
    private static uint Mix(int seed, int i)
    {
        var x = ((ulong)(uint)seed << 32) | (uint)i;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return (uint)(x ^ (x >> 31));
    }

    private static Gen<string> Password { get; } = Gen.Frequency(
        (3, Gen.Const(Str(Salted.Value))),
        (7, Plaintext.Select(Str)),
        (1, Gen.OneOf(Gen.Const("12345678"), Gen.Const("null"), Gen.Const("true"))));

    private static Gen<string?> UserPassword { get; } = Gen.Frequency(
        (3, Absent),
        (6, Gen.Select(Gen.Frequency((5, Absent), (2, Gen.Const((string?)Member("username", Str("root")))), (1, Gen.Const((string?)Member("username", Str("admin"))))),
            Password, (user, p) => (string?)Member("userPassword", Object([user, Member("password", p)])))));

    private static Gen<string?> Flag(string name) => Gen.Frequency(
        (5, Absent), (2, Gen.Const((string?)Member(name, "true"))), (1, Gen.Const((string?)Member(name, "false"))), (1, Gen.Const((string?)Member(name, "\"true\""))));

    private static Gen<string?> Login { get; } = Gen.Frequency(
        (5, Absent),
        (1, Gen.Const((string?)Member("login", "null"))),
        (8, Gen.Select(UserPassword, Gen.Frequency((4, Absent), (1, Gen.Const((string?)Member("sshKey", Str("ssh-rsa AAAAB3NzaC1yc2E explorer"))))),
            Flag("removeUserPassword"), Flag("removeSSHKey"),
            (p, k, rp, rk) => (string?)Member("login", Object([p, k, rp, rk])))));

    private static Gen<string?> Spec { get; } = Gen.Frequency(
        (1, Absent),
        (1, Gen.Const((string?)Member("spec", "null"))),
        (1, Gen.OneOf(Gen.Const("\"spec\""), Gen.Const("[]"), Gen.Const("7")).Select(v => (string?)Member("spec", v))),
        (14, Gen.Select(Nodes, Login, UnknownMembers(Keys), (n, l, extra) => (string?)Member("spec", Object([n, l, .. extra])))));

    private static Gen<string> Task { get; } = Gen.Select(
        FixedField("apiVersion", "v3", ["v2", "V3", "v3 ", ""]),
        FixedField("kind", "RemoveNodesTask", ["Node", "removeNodesTask", "RemoveNodeTask", ""]),
        Spec,
        UnknownMembers(Keys),
        (a, k, s, extra) => Object([a, k, s, .. extra]));

    private static Gen<string?> ContentType { get; } = Gen.Frequency(
        (14, Gen.Const((string?)"application/json")),
        (2, Gen.Const((string?)"application/json;charset=utf-8")),
        (1, Gen.Const((string?)"text/plain")),
        (1, Gen.Const((string?)"application/xml")));

    private static Gen<Draft> Chaos { get; } = Gen.Select(
        Gen.Frequency((12, Gen.Const(Remove)), (1, Gen.Const(RemoveUnknownCluster))),
        Envelope(Task),
        ContentType,
        (route, body, contentType) => new Draft("PUT", route, body, contentType));

    // A valid task around one changed part: faults one at a time reach the rule they test instead of hiding behind another.
    private static Gen<string?> GoodApiVersion { get; } = Gen.OneOf(Gen.Const((string?)Member("apiVersion", Str("v3"))), Absent);

    private static Gen<string?> GoodKind { get; } = Gen.OneOf(Gen.Const((string?)Member("kind", Str("RemoveNodesTask"))), Absent);

    private static Gen<string> GoodNodes { get; } = Gen.Frequency(
        (3, Gen.Int[0, 7].Select(k => Str(UidPlaceholders.Removable(k)))),
        (1, Gen.Int[0, 1_000_000].Select(k => Str(UidPlaceholders.Unknown(k)))))
        .Select(u => "[" + Object([Member("uid", u)]) + "]");

    private static Gen<string?> GoodLogin { get; } = Gen.OneOf(Absent,
        Gen.Const((string?)Member("login", Object([Member("userPassword", Object([Member("password", Str(Salted.Value))]))]))));

    private static Gen<Draft> Around(Gen<string?> apiVersion, Gen<string?> kind, Gen<string?> spec, string? contentType = "application/json") =>
        Gen.Select(apiVersion, kind, spec, (a, k, sp) => new Draft("PUT", Remove, Object([a, k, sp]), contentType));

    private static Gen<string?> SpecWith(Gen<string> nodes, Gen<string?> login) =>
        Gen.Select(nodes, login, (n, l) => (string?)Member("spec", Object([Member("nodes", n), l])));

    private static Gen<string> PasswordLogin { get; } = Gen.Select(Plaintext, Gen.Frequency((4, Absent), (1, Gen.Const((string?)Member("username", Str("root"))))),
        (p, user) => Member("login", Object([Member("userPassword", Object([user, Member("password", Str(p))]))])));

    private static Gen<string> ConflictLogin { get; } = Gen.OneOf(
        Gen.Const(Member("login", Object([Member("userPassword", Object([Member("password", Str(Salted.Value))])), Member("removeUserPassword", "true")]))),
        Gen.Const(Member("login", Object([Member("sshKey", Str("ssh-rsa AAAAB3NzaC1yc2E explorer")), Member("removeSSHKey", "true")]))));

    private static Gen<Draft> Focused { get; } = Gen.Frequency(
        (2, Around(FixedField("apiVersion", "v3", ["v2", "V3", "v3 ", ""]), GoodKind, SpecWith(GoodNodes, GoodLogin))),
        (2, Around(GoodApiVersion, FixedField("kind", "RemoveNodesTask", ["Node", "removeNodesTask", "RemoveNodeTask", ""]), SpecWith(GoodNodes, GoodLogin))),
        (2, Around(GoodApiVersion, GoodKind, Spec)),
        (2, Around(GoodApiVersion, GoodKind, Gen.Select(Nodes, GoodLogin, (n, l) => (string?)Member("spec", Object([n, l]))))),
        (2, Around(GoodApiVersion, GoodKind, SpecWith(Item.List[1, 3].Select(items => "[" + string.Join(",", items) + "]"), GoodLogin))),
        (4, Around(GoodApiVersion, GoodKind, Gen.Select(GoodNodes, PasswordLogin, (n, l) => (string?)Member("spec", Object([Member("nodes", n), l]))))),
        (2, Around(GoodApiVersion, GoodKind, Gen.Select(GoodNodes, ConflictLogin, (n, l) => (string?)Member("spec", Object([Member("nodes", n), l]))))),
        (1, Around(GoodApiVersion, GoodKind, SpecWith(GoodNodes, GoodLogin), "text/plain")),
        (1, Around(GoodApiVersion, GoodKind, SpecWith(GoodNodes, GoodLogin), "application/json;charset=utf-8")),
        (1, Around(GoodApiVersion, GoodKind, SpecWith(GoodNodes, GoodLogin)).Select(d => d with { Route = RemoveUnknownCluster })));

    public static Gen<Draft> All { get; } = Gen.Frequency((3, Focused), (1, Chaos));
}
