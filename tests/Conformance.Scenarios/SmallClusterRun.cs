using System.Text.Json.Nodes;
using Conformance.Engine.Certification;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>A whole-suite run against one reference stub (never reset between scenarios, as a real cluster is not) described by an edited profile.</summary>
internal static class SmallClusterRun
{
    /// <summary>The stub's profile with one removable obshell node and one CCE uid; <paramref name="edit"/> may change it further.</summary>
    public static TargetProfile Profile(ReferenceStub stub, Action<JsonObject>? edit = null)
    {
        var json = StubProfile.Json(stub.Url);
        json["obshell"]!["removable"] = new JsonArray(json["obshell"]!["removable"]!.AsArray()[0]!.DeepClone());
        json["cce"]!["removableNodeUids"] = new JsonArray(json["cce"]!["removableNodeUids"]!.AsArray()[0]!.DeepClone());
        edit?.Invoke(json);
        return ApiPacks.All.Profiles.Parse(json.ToJsonString(), "small-cluster profile");
    }

    public static async Task<(RunResult Run, Certificate Certificate)> RunAsync(TargetProfile profile, int workers = 1, TimeSpan? deadline = null, string? api = null)
    {
        profile = profile.Only(api);
        using var http = new TargetHttp(new HttpOptions());
        var context = StubSuite.Context(profile, http, SuiteRoot.Path);
        var session = await StubSuite.StartSessionAsync(context);
        try
        {
            var options = new RunOptions
            {
                Workers = workers,
                Deadline = deadline ?? TimeSpan.FromMinutes(3),
            };
            var run = await ConformanceRun.ExecuteAsync(session, DeviationRun.LoadedSuite, options);
            return (run, CertificateBuilder.Build(run, profile, profile.Obshell?.BaseUrl ?? string.Empty, "sha", "test", DeviationRun.LoadedSuite.Catalogues));
        }
        finally
        {
            await session.DisposeAsync();
        }
    }
}
