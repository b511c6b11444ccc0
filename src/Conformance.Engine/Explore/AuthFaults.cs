using CsCheck;

namespace Conformance.Engine.Explore;

/// <summary>Puts one named auth fault on about one generated request in five, the rest keeping valid credentials.</summary>
public static class AuthFaults
{
    public static Gen<Draft> Sprinkle(Gen<Draft> cases, IReadOnlyList<string> faults) => faults.Count == 0
        ? cases
        : Gen.Frequency(
            (4, cases),
            (1, Gen.Select(cases, Gen.OneOf(faults.Select(Gen.Const).ToArray()), (d, f) => d with { Fault = f })));
}
