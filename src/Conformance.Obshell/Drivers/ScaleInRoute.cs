namespace Conformance.Obshell.Drivers;

/// <summary>One of the two routes that take the scale-in body.</summary>
public sealed record ScaleInRoute(HttpMethod Method, string Path)
{
    public static readonly ScaleInRoute Post = new(HttpMethod.Post, "/api/v1/ob/scale_in");

    public static readonly ScaleInRoute Delete = new(HttpMethod.Delete, "/api/v1/observer");

    /// <summary>"POST /api/v1/ob/scale_in" or "DELETE /api/v1/observer", as the features name them.</summary>
    public static ScaleInRoute Parse(string text) => new[] { Post, Delete }.FirstOrDefault(r => r.ToString() == text.Trim())
        ?? throw new ArgumentException($"unknown scale-in route '{text}': expected \"{Post}\" or \"{Delete}\"");

    public override string ToString() => $"{Method.Method} {Path}";
}
