namespace Conformance.Engine.Catalogue;

/// <summary>An API's requirements catalogue (features/&lt;api&gt;/requirements.yaml).</summary>
public sealed record RequirementCatalogue(
    string Api,
    string RelativePath,
    string Document,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<CatalogueNote> Notes)
{
    public Requirement? Find(string id) => Requirements.FirstOrDefault(r => r.Id == id);
}
