using System.Text.Json.Nodes;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Fuzz;

/// <summary>What every obshell answer must be, whatever was sent: a documented status and the envelope, never a panic.</summary>
public static class FuzzContract
{
    /// <summary>The 500s the outcome table lists; anything else (Common.Unexpected above all) means the stub broke.</summary>
    private static readonly string[] Documented500 =
        ["OB.Cluster.UnderMaintenanceWithDag", "Request.Body.Decrypt.AES.KeyAndIv.Invalid", "Request.Body.Decrypt.AES.ContentLength.Invalid"];

    /// <summary>Checks one answer; returns the errCode (null on success) so a property can narrow the set further.</summary>
    public static string? Check(int status, string body, string sent)
    {
        Assert.That(status, Is.AnyOf(200, 204, 400, 401, 404, 500), $"status for {sent}");
        if (status == 204)
        {
            Assert.That(body, Is.Empty, "a 204 carries no body");
            return null;
        }

        SchemaCatalog.AssertValid(status < 300 ? "envelope" : "error-envelope", body);
        var json = JsonNode.Parse(body)!;
        Assert.That(json["status"]!.GetValue<int>(), Is.EqualTo(status), "body status equals HTTP status");
        var errCode = json["error"]?["errCode"]?.GetValue<string>();
        if (status == 500)
        {
            Assert.That(errCode, Is.AnyOf(Documented500), $"an undocumented 500 for {sent}: {body}");
        }

        return errCode;
    }
}
