using System.Globalization;
using Conformance.Cce.Protocol;

namespace Conformance.Cce.Stub;

/// <summary>The identities and credentials of the reference stub's world, enough for a target profile.</summary>
public sealed record CceFixtures(
    string ProjectId,
    string ClusterId,
    string ClusterName,
    IReadOnlyList<string> NodeUids,
    string UnknownProjectId,
    string UnknownClusterId,
    string UnknownNodeUid,
    string UnknownJobId,
    string Token,
    string AccessKey,
    string SecretKey)
{
    /// <summary>Enough nodes for a whole suite, one removal of 200 at once included.</summary>
    public const int DefaultNodeCount = 600;

    public static CceFixtures Default { get; } = new(
        ProjectId: "0c4f5e2a1b8d4e6f9a7b3c2d1e0f5a6b",
        ClusterId: "4e1b6f3a-9c2d-11ef-8a7b-0255ac100b03",
        ClusterName: "conformance-cluster",
        NodeUids: Enumerable.Range(1, DefaultNodeCount).Select(NodeUid).ToList(),
        UnknownProjectId: "9d3e7a2b5c1f4e8a0b6d2c4f8e1a3b5d",
        UnknownClusterId: "4e1b6f3a-9c2d-11ef-8a7b-0255ac10dead",
        // Shaped like the real uids so a server cannot tell it apart by format, only by lookup.
        UnknownNodeUid: NodeUid(0xffff),
        UnknownJobId: "3b6e9d1c-5f2a-11ef-8c4d-0255ac10dead",
        Token: "MIIConformanceStubIamToken0001",
        AccessKey: "CONFORMANCEAK0000001",
        SecretKey: "ConformanceStubSecretKey0000000000000001");

    public AkSkCredentials Credentials => new(AccessKey, SecretKey);

    public static string NodeUid(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"5a1c{index:x4}-6b2d-11ef-8e4f-0255ac10{index:x4}");
}
