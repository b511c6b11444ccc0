using CsCheck;

namespace Conformance.Testing;

/// <summary>Any JSON value, nested a few levels, built from an API's field names and text: the fuzzers' shared source of bodies.</summary>
internal static class FuzzJson
{
    public static Gen<string> Values(IReadOnlyList<string> keys, Gen<string> text, int maxDepth) => Gen.Recursive<string>((depth, self) =>
    {
        var scalar = Gen.OneOf(
            Gen.Const("null"), Gen.Const("true"), Gen.Const("false"), Gen.Const("1e400"), Gen.Const("-0"), Gen.Const("-1"),
            Gen.Const("18446744073709551616"), Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            text.Select(s => System.Text.Json.JsonSerializer.Serialize(s)));
        if (depth > maxDepth)
        {
            return scalar;
        }

        var array = self.List[0, 4].Select(items => "[" + string.Join(",", items) + "]");
        var member = Gen.Select(Gen.OneOf(keys.Select(Gen.Const).ToArray()), self, (k, v) => $"\"{k}\":{v}");
        var obj = member.List[0, 5].Select(ms => "{" + string.Join(",", ms) + "}");
        return Gen.Frequency((3, scalar), (2, array), (5, obj));
    });
}
