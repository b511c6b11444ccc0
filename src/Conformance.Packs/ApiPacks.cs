using Conformance.Cce;
using Conformance.Engine.Packs;
using Conformance.Obshell;

namespace Conformance.Packs;

/// <summary>
/// The composition root: the API packs the shipped harness knows, in the order their APIs run and are reported. The
/// only place outside the packs that names them; the engine, the stub host and the CLI iterate over this list.
/// </summary>
public static class ApiPacks
{
    public static PackList All { get; } = new([new ObshellPack(), new CcePack()]);
}
