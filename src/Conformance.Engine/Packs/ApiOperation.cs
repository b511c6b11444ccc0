namespace Conformance.Engine.Packs;

/// <summary>One documented operation and the schema components (file names without .schema.json) of its bodies.</summary>
public sealed record ApiOperation(string Method, string Path, string OperationId, string Summary, string? Request, string? Response, string? Error);
