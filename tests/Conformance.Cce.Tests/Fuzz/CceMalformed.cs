using System.Text;
using Conformance.Cce.Protocol;
using Conformance.Cce.Stub;
using CsCheck;

namespace Conformance.Cce.Tests.Fuzz;

/// <summary>Generators of hostile RemoveNodesTask bodies and header values.</summary>
public static class CceMalformed
{
    private static readonly string[] Keys =
    [
        "apiVersion", "kind", "spec", "nodes", "uid", "login", "userPassword", "username", "password", "sshKey",
        "removeUserPassword", "removeSSHKey", "",
    ];

    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.Const(""), Gen.Const("v3"), Gen.Const("RemoveNodesTask"), Gen.Const(CceFixtures.NodeUid(1)), Gen.Const(CceFixtures.NodeUid(2)),
        Gen.Const(SaltedPassword.Create("Abcd1!xy", "0123456789abcdef")), Gen.String[Gen.Char.AlphaNumeric, 0, 30],
        Gen.Int[1, 100_000].Select(n => new string('x', n)), Gen.String[Gen.Char, 0, 20]);

    /// <summary>Any JSON value, nested a few levels, with RemoveNodesTask field names likely.</summary>
    public static readonly Gen<string> Json = Conformance.Testing.FuzzJson.Values(Keys, Text, maxDepth: 4);

    /// <summary>Whole bodies: random JSON, a valid envelope around random parts, truncations, deep nesting, invalid UTF-8.</summary>
    public static readonly Gen<byte[]> Body = Gen.OneOf(
        Json.Select(Encoding.UTF8.GetBytes),
        Json.Select(spec => Encoding.UTF8.GetBytes($$"""{"apiVersion":"v3","kind":"RemoveNodesTask","spec":{{spec}}}""")),
        Json.Select(login => Encoding.UTF8.GetBytes($$$"""{"spec":{"nodes":[{"uid":"{{{CceFixtures.NodeUid(3)}}}"}],"login":{{{login}}}}}""")),
        Json.Select(node => Encoding.UTF8.GetBytes($$$"""{"spec":{"nodes":[{{{node}}}]}}""")),
        Gen.Select(Json, Gen.Int[0, 80], (j, cut) => Encoding.UTF8.GetBytes(j[..Math.Min(cut, j.Length)])),
        Gen.Int[60, 300].Select(d => Encoding.UTF8.GetBytes($$"""{"spec":{{new string('[', d)}}{{new string(']', d)}}}""")),
        Gen.Byte.Array[0, 300],
        Gen.OneOf(Gen.Const(new byte[] { 0xC3, 0x28 }), Gen.Const(new byte[] { 0xFF }), Gen.Const(new byte[] { 0xED, 0xA0, 0x80 }))
            .Select(bad => (byte[])[.. "{\"spec\":{\"nodes\":[{\"uid\":\""u8, .. bad, .. "\"}]}}"u8]));

    public static readonly Gen<string> HeaderValue = Gen.OneOf(
        Gen.String[Gen.Char[' ', '~'], 0, 400],
        Gen.Byte.Array[0, 300].Select(Convert.ToBase64String),
        Gen.String[Gen.Char['!', '~'], 0, 80].Select(s => $"SDK-HMAC-SHA256 Access=CONFORMANCEAK0000001, SignedHeaders=x-sdk-date, Signature={s}"));

    public static readonly Gen<string> ContentType = Gen.OneOf(
        Gen.Const("application/json"), Gen.Const("application/json;charset=utf-8"), Gen.Const("application/json; charset=latin1"),
        Gen.Const("text/plain"), Gen.Const(";"), Gen.String[Gen.Char['!', '~'], 1, 60]);
}
