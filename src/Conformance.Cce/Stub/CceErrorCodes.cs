namespace Conformance.Cce.Stub;

/// <summary>Error codes the stub answers with, from the public CCE and API gateway error pages.</summary>
public static class CceErrorCodes
{
    public const string InvalidRequest = "CCE.01400001";
    public const string UnsupportedContentType = "CCE.01400006";
    public const string NotFound = "CCE.01404001";
    public const string Locked = "CCE.01429002";
    public const string Internal = "CCE.01500001";
    public const string GatewayAuthFailed = "APIGW.0301";
    public const string GatewayRequestExpired = "APIGW.0303";
}
