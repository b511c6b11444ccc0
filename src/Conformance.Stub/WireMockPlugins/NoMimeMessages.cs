using System.Diagnostics.CodeAnalysis;
using WireMock;
using WireMock.Models.Mime;
using WireMock.Util;

namespace Conformance.Stub.WireMockPlugins;

/// <summary>
/// WireMock.Net's multipart plugin slot, filled with "no multipart here": both APIs take JSON only.
/// </summary>
/// <remarks>
/// WireMock.Net.Minimal 2.21 asks for an <see cref="IMimeKitUtils"/> on every request and, when no loaded DLL has one
/// (its MimePart package is not served here), loads and scans every DLL in the folder again, request after request:
/// that alone held the stub to a third of bare Kestrel's throughput. WireMock finds this type on the first request
/// and keeps it.
/// </remarks>
public sealed class NoMimeMessages : IMimeKitUtils
{
    public bool TryGetMimeMessage(IRequestMessage requestMessage, [NotNullWhen(true)] out IMimeMessageData? mimeMessageData)
    {
        mimeMessageData = null;
        return false;
    }

    public IMimeMessageData LoadFromStream(Stream stream) =>
        throw new NotSupportedException("the reference stub takes no multipart bodies");
}
