using System.Collections.Concurrent;
using System.Reflection;
using WireMock.Util;

namespace Conformance.Stub.WireMockPlugins;

/// <summary>Tells WireMock.Net where its multipart plugin is, before the first request goes looking for it.</summary>
public static class PluginCache
{
    /// <summary>
    /// WireMock.Net.Minimal 2.21 finds a plugin by loading every DLL in its folder and scanning their types (about
    /// 150 ms of CPU, paid by the first request, and by each request that arrives before the first scan ends).
    /// Its cache is private: if a WireMock version lays it out differently this does nothing, and WireMock's own scan
    /// finds <see cref="NoMimeMessages"/> as before.
    /// </summary>
    /// <returns>Whether WireMock's cache now names <see cref="NoMimeMessages"/> as its multipart plugin.</returns>
    public static bool Seed()
    {
        var typeLoader = typeof(IMimeKitUtils).Assembly.GetType("WireMock.Util.TypeLoader");
        var cache = typeLoader?.GetField("Assemblies", BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null);
        if (cache is not ConcurrentDictionary<string, Type> types)
        {
            return false;
        }

        var key = typeof(IMimeKitUtils).FullName!;
        types.TryAdd(key, typeof(NoMimeMessages));
        return types.TryGetValue(key, out var seeded) && seeded == typeof(NoMimeMessages);
    }
}
