using System.Text;
using CsCheck;

namespace Conformance.Obshell.Tests.Fuzz;

/// <summary>Generators of hostile input: JSON of every shape and type, broken text, invalid UTF-8, odd header values.</summary>
public static class Malformed
{
    private static readonly string[] Keys = ["agent_info", "ip", "port", "force_kill", "Agent_Info", "IP", "operator", ""];

    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.Const(""),
        Gen.String[Gen.Char.AlphaNumeric, 0, 40],
        Gen.Const("10.10.10.4"),
        Gen.Const("10.10.10.1"),
        Gen.Int[1, 200_000].Select(n => new string('a', n)),
        Gen.String[Gen.Char, 0, 30]);

    /// <summary>Any JSON value, nested a few levels, with the scale-in field names likely.</summary>
    public static readonly Gen<string> Json = Conformance.Testing.FuzzJson.Values(Keys, Text, maxDepth: 3);

    /// <summary>Scale-in-like bodies: well-formed JSON, its truncations, deep nesting, and bytes that are not UTF-8.</summary>
    public static readonly Gen<byte[]> Body = Gen.OneOf(
        Json.Select(Encoding.UTF8.GetBytes),
        Json.Select(j => Encoding.UTF8.GetBytes($$"""{"agent_info":{{j}}}""")),
        Json.Select(j => Encoding.UTF8.GetBytes($$"""{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":{{j}}}""")),
        Gen.Select(Json, Gen.Int[0, 100], (j, cut) => Encoding.UTF8.GetBytes(j[..Math.Min(cut, j.Length)])),
        Gen.Int[65, 300].Select(d => Encoding.UTF8.GetBytes(new string('[', d) + new string(']', d))),
        Gen.Byte.Array[0, 300],
        Gen.OneOf(Gen.Const(new byte[] { 0xC3, 0x28 }), Gen.Const(new byte[] { 0xFF, 0xFE }), Gen.Const(new byte[] { 0xED, 0xA0, 0x80 }))
            .Select(bad => (byte[])[.. "{\"agent_info\":{\"ip\":\""u8, .. bad, .. "\",\"port\":2886}}"u8]));

    /// <summary>Header values HttpClient will send: printable ASCII, base64 of random bytes, or empty.</summary>
    public static readonly Gen<string> HeaderValue = Gen.OneOf(
        Gen.String[Gen.Char[' ', '~'], 0, 600],
        Gen.Byte.Array[0, 600].Select(Convert.ToBase64String),
        Gen.Const(""));

    public static readonly Gen<string> ContentType = Gen.OneOf(
        Gen.Const("application/json"), Gen.Const("text/plain"), Gen.Const("application/octet-stream"),
        Gen.Const("multipart/form-data; boundary=x"), Gen.String[Gen.Char['!', '~'], 1, 60]);
}
