using Conformance.Cce.Stub;
using Conformance.Obshell.Stub;
using Conformance.Stub;

namespace Conformance.Testing;

/// <summary>The shipped packs' lanes of a running reference stub, by the names the tests have always used.</summary>
public static class StubLanes
{
    extension(ReferenceStub stub)
    {
        public ObshellStub Obshell => stub.Lane<ObshellStubLane>().Stub;

        public CceStub Cce => stub.Lane<CceStubLane>().Stub;
    }
}
