using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;

namespace Conformance.Cce.Profiles;

/// <summary>Reads the CCE section of a profile, naming the field of every fault.</summary>
internal sealed class CceProfileReader : IProfilePack
{
    private const string Fragment = "Conformance.Cce.Profiles.profile-section.schema.json";

    public JsonObject SchemaFragment { get; } = Engine.Packs.SchemaFragment.Read(typeof(CceProfileReader).Assembly, Fragment);

    public IProfileSection Read(JsonObject c, ProfileFields f)
    {
        var auth = c["auth"] as JsonObject ?? throw f.Missing("cce.auth");
        var cceAuth = new CceAuth(
            f.OptionalString(auth, "tokenEnv", "cce.auth.tokenEnv"),
            f.OptionalString(auth, "akEnv", "cce.auth.akEnv"),
            f.OptionalString(auth, "skEnv", "cce.auth.skEnv"));
        if (cceAuth.TokenEnv is null && (cceAuth.AkEnv is null || cceAuth.SkEnv is null))
        {
            throw f.Invalid("cce.auth needs \"tokenEnv\", or both \"akEnv\" and \"skEnv\"");
        }

        var uids = f.Strings(c, "removableNodeUids", "cce.removableNodeUids");
        return new CceProfile(
            f.OptionalString(c, "baseUrl", "cce.baseUrl") ?? string.Empty,
            f.RequiredString(c, "projectId", "cce.projectId"),
            f.RequiredString(c, "clusterId", "cce.clusterId"),
            cceAuth,
            uids,
            f.OptionalString(c, "unknownNodeUid", "cce.unknownNodeUid"),
            f.OptionalString(c, "unknownClusterId", "cce.unknownClusterId"),
            f.OptionalInt(c, "pollIntervalMs", "cce.pollIntervalMs") ?? 1000)
        {
            JobTimeoutSeconds = f.Positive(c, "jobTimeoutSeconds", "cce.jobTimeoutSeconds") ?? CceProfile.DefaultJobTimeoutSeconds,
            // restore.scaleOut never gets here: the schema refuses it as an unknown field first.
            Restore = f.CommandRestore(c["restore"], "cce.restore"),
        };
    }
}
