namespace Conformance.Cce.Protocol;

/// <summary>An access key / secret key pair.</summary>
public sealed record AkSkCredentials(string AccessKey, string SecretKey)
{
    public override string ToString() => $"AkSkCredentials {{ AccessKey = {AccessKey}, SecretKey = *** }}";
}
