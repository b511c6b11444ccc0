using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;

namespace Conformance.Engine.Explore;

/// <summary>Generators of JSON text fragments both APIs' bodies are assembled from; a null member is an absent field.</summary>
public static class JsonPieces
{
    // Non-ASCII goes on the wire as UTF-8, not as \u escapes, so a server's decoder really meets it.
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Str(string s) => JsonSerializer.Serialize(s, Raw);

    public static string Member(string name, string value) => $"{Str(name)}:{value}";

    /// <summary>An object from members, absent (null) ones left out.</summary>
    public static string Object(IEnumerable<string?> members) => "{" + string.Join(",", members.OfType<string>()) + "}";

    public static Gen<string?> Absent => Gen.Const((string?)null);

    /// <summary>Strings a server's decoder or logger may trip on: empty, blank, control and non-ASCII characters, very long.</summary>
    public static Gen<string> OddString { get; } = Gen.OneOf(
        Gen.Const(string.Empty), Gen.Const(" "), Gen.Const("\u0000"), Gen.Const("节点-ノード-узел"), Gen.Const("😀"),
        Gen.Const("' OR 1=1 --"), Gen.Const("../../etc/passwd"), Gen.Const("%00%ff"),
        Gen.Int[1000, 20000].Select(n => new string('x', n)),
        Gen.String[Gen.Char[' ', '\u024f'], 1, 30]);

    /// <summary>A JSON value of any type, nested up to a few levels; <paramref name="keys"/> name the members of nested objects.</summary>
    public static Gen<string> AnyValue(IReadOnlyList<string> keys) => Gen.Recursive<string>((depth, self) =>
    {
        var scalar = Gen.OneOf(
            Gen.Const("null"), Gen.Const("true"), Gen.Const("false"), Gen.Const("0"), Gen.Const("-1"), Gen.Const("1.5"),
            Gen.Const("1e400"), Gen.Const("18446744073709551616"), Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
            OddString.Select(Str));
        if (depth > 2)
        {
            return scalar;
        }

        var array = self.List[0, 3].Select(items => "[" + string.Join(",", items) + "]");
        var obj = Gen.Select(Gen.OneOf(keys.Select(Gen.Const).ToArray()), self, (k, v) => Member(k, v)).List[0, 3].Select(ms => Object(Distinct(ms)));
        return Gen.Frequency((4, scalar), (1, array), (1, obj));
    });

    /// <summary>A value nested <c>n</c> levels deep (objects and arrays alternating).</summary>
    public static Gen<string> Deep { get; } = Gen.Int[20, 200].Select(n =>
        string.Concat(Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "{\"d\":" : "[")) + "1"
        + string.Concat(Enumerable.Range(0, n).Reverse().Select(i => i % 2 == 0 ? "}" : "]")));

    /// <summary>0 to 2 members whose names no contract field has (Go matches names case-insensitively, so none is a case variant).</summary>
    public static Gen<IReadOnlyList<string>> UnknownMembers(IReadOnlyList<string> keys) =>
        Gen.Frequency(
            (8, Gen.Const((IReadOnlyList<string>)[])),
            (2, Gen.Select(Gen.OneOf(Gen.Const("x_extra"), Gen.Const("metadata"), Gen.Const("zzz"), Gen.Const("名前")),
                Gen.Frequency((5, AnyValue(keys)), (1, Deep)), Member).List[1, 2].Select(l => (IReadOnlyList<string>)Distinct(l))));

    // Decoders disagree on repeated names (Go keeps the last, System.Text.Json may throw): never generate them.
    private static List<string> Distinct(IEnumerable<string> members) => [.. members.DistinctBy(m => m[..m.IndexOf("\":", StringComparison.Ordinal)])];

    /// <summary>The whole body as sent: mostly the object, sometimes not JSON or not an object.</summary>
    public static Gen<string?> Envelope(Gen<string> body) => Gen.Frequency(
        (24, body.Select(b => (string?)b)),
        (1, Gen.Const((string?)null)),
        (1, Gen.Const((string?)"null")),
        (1, Gen.Const((string?)"[]")),
        (1, Gen.Const((string?)"\"text\"")),
        (1, body.Select(b => (string?)b[..^1])));
}
