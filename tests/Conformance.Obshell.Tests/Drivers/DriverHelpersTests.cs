using System.Text;
using System.Text.Json.Nodes;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Obshell.Drivers;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Tests.Drivers;

public class DriverHelpersTests
{
    [Test]
    public void A_field_mismatch_names_the_path_the_expected_and_the_actual_value()
    {
        var json = JsonNode.Parse("""{"data":{"stage":"1","nodes":null,"name":"Cluster scale in"}}""");
        Expect.Field(json, "$.data.nodes", "null");
        Expect.Field(json, "$.data.name", "Cluster scale in");
        var act = () => Expect.Field(json, "$.data.stage", "1");
        act.Should().Throw<ExpectationFailedException>().WithMessage("$.data.stage: expected 1 but the answer has \"1\"");
    }

    [TestCase("2024-12-23T19:38:38.10769991+08:00", true)]
    [TestCase("2024-12-23T11:38:38Z", true)]
    [TestCase("2024-12-23 11:38:38Z", false)]
    [TestCase("2024-12-23T11:38:38.1234567891Z", false)]
    public void Timestamps_follow_rfc3339_with_up_to_nine_fractional_digits(string text, bool valid) =>
        EnvelopeCheck.Rfc3339().IsMatch(text).Should().Be(valid);

    [Test]
    public void An_error_envelope_whose_status_differs_from_http_is_refused()
    {
        var body = """{"successful":false,"timestamp":"2024-12-23T11:38:38Z","duration":1,"status":400,"traceId":"x","error":{"errCode":"A.B","message":"m"}}""";
        var answer = new HttpResult(401, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body), TimeSpan.Zero);
        var act = () => EnvelopeCheck.Error(answer, null!);
        act.Should().Throw<ExpectationFailedException>().WithMessage("$.status: expected 401 (the HTTP status) but found 400");
    }

    [Test]
    public void Routes_parse_from_their_feature_names()
    {
        ScaleInRoute.Parse("DELETE /api/v1/observer").Should().Be(ScaleInRoute.Delete);
        ScaleInRoute.Parse("POST /api/v1/ob/scale_in").Should().Be(ScaleInRoute.Post);
    }
}
