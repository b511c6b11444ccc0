using Conformance.Cce.Stub;
using Conformance.Obshell.Stub;

namespace Conformance.Stub;

/// <summary>
/// The stub accepts the secrets named by the same environment variables its profile names, so one exported set of
/// values serves both the stub and the harness; unset variables keep the documented defaults.
/// </summary>
internal static class StubSecrets
{
    public static ObshellStubFixtures Obshell() => ObshellStubFixtures.Default with
    {
        AgentPassword = Env(StubProfile.ObshellPasswordEnv) ?? ObshellStubFixtures.Default.AgentPassword,
    };

    public static CceFixtures Cce() => CceFixtures.Default with
    {
        Token = Env(StubProfile.CceTokenEnv) ?? CceFixtures.Default.Token,
        AccessKey = Env(StubProfile.CceAkEnv) ?? CceFixtures.Default.AccessKey,
        SecretKey = Env(StubProfile.CceSkEnv) ?? CceFixtures.Default.SecretKey,
    };

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
