namespace Conformance.Engine.Catalogue;

/// <summary>One requirement of the catalogue: what a server must (or should) do, and where that rule comes from.</summary>
public sealed record Requirement(
    string Id,
    string Title,
    string Level,
    string Statement,
    RequirementSource Source,
    string? Deviation,
    string? Retired,
    int Line)
{
    public bool IsRetired => Retired is not null;
}

/// <summary>Where a requirement comes from: the document's sentence, quoted, and/or the public code path of the real server.</summary>
public sealed record RequirementSource(string? Quote, string? Code);

/// <summary>A point no public source settles, or a document error: reported in the certificate, never failed.</summary>
public sealed record CatalogueNote(string Id, string Text);
