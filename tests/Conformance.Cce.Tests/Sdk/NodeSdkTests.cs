using Conformance.Testing;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Conformance.Cce.Stub;
using Conformance.Cce.Tests.Support;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Cce.Tests.Sdk;

/// <summary>
/// The official Node.js SDK (NodeSdk/package.json pins it) as a real client of the stub: AK/SK signing, removeNode,
/// showJob to Success, and a ClientRequestException for 201 nodes.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class NodeSdkTests
{
    private static string NodeSdkFolder => Path.Combine(SourceTree.Root, "tests", "Conformance.Cce.Tests", "NodeSdk");

    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    private string node = null!;
    private CceStub stub = null!;
    private WireMockServer server = null!;

    [OneTimeSetUp]
    public async Task PrepareAsync()
    {
        node = Require("node");
        if (!Directory.Exists(Path.Combine(NodeSdkFolder, "node_modules")))
        {
            // npm ci installs exactly the committed package-lock.json.
            var npm = Require("npm");
            var install = await BoundedProcess.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], NodeSdkFolder, NpmTimeout);
            Assert.That(install.ExitCode, Is.Zero, $"npm ci failed in {NodeSdkFolder}:\n{install.Stderr}");
        }

        stub = new CceStub(new CceStubOptions());
        server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{FreePort()}"],
            AllowBodyForAllHttpMethods = true,
            StartAdminInterface = false,
        });
        stub.Register(server);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        server?.Stop();
        server?.Dispose();
    }

    [Test]
    public async Task The_sdk_removes_a_node_follows_its_job_and_sees_201_nodes_refused()
    {
        var f = stub.Fixtures;
        var uid = f.NodeUids[0];
        var run = await BoundedProcess.RunAsync(node, ["sdk-check.js"], NodeSdkFolder, ScriptTimeout, new Dictionary<string, string>
        {
            ["CCE_ENDPOINT"] = server.Url!,
            ["CCE_AK"] = f.AccessKey,
            ["CCE_SK"] = f.SecretKey,
            ["CCE_PROJECT_ID"] = f.ProjectId,
            ["CCE_CLUSTER_ID"] = f.ClusterId,
            ["CCE_NODE_UID"] = uid,
        });

        // The SDK's error log prints the Authorization header: keep the access key out of test output.
        var output = $"{run.Stderr}\n{run.Stdout}".Replace(f.AccessKey, "***", StringComparison.Ordinal).Replace(f.SecretKey, "***", StringComparison.Ordinal);
        run.ExitCode.Should().Be(0, $"sdk-check.js failed:\n{output}");
        // The SDK logs to stdout too (coloured); only the script's own lines are JSON objects naming a check.
        var checks = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("{\"check\"", StringComparison.Ordinal))
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToDictionary(o => (string)o["check"]!);
        checks.Keys.Should().Equal("removeNode", "showJob", "tooManyNodes");
        ((string?)checks["showJob"]["phase"]).Should().Be("Success");
        ((int?)checks["tooManyNodes"]["httpStatusCode"]).Should().Be(400);
        ((string?)checks["tooManyNodes"]["errorCode"]).Should().Be(CceErrorCodes.InvalidRequest);
        ((bool?)checks["tooManyNodes"]["hasRequestId"]).Should().BeTrue();
        stub.CurrentNodes().Should().NotContain(uid, "the job reported Success");
    }

    /// <summary>The tool's path; without it the test is skipped, except on CI, where a missing tool is a broken image.</summary>
    private static string Require(string tool)
    {
        if (BoundedProcess.Which(tool) is { } path)
        {
            return path;
        }

        Prerequisite.Missing($"'{tool}' is not on PATH: the official Node.js SDK check cannot run");
        return null!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
