using System.Collections;
using Conformance.Engine.Profiles;

namespace Conformance.Engine.Packs;

/// <summary>The packs a run knows, in the order their APIs run and are reported; looks packs up by name with errors that list them.</summary>
public sealed class PackList : IReadOnlyList<IApiPack>
{
    private readonly IReadOnlyList<IApiPack> _packs;

    public PackList(IEnumerable<IApiPack> packs)
    {
        _packs = [.. packs];
        if (_packs.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"two packs are named '{twice.Key}'", nameof(packs));
        }

        Profiles = new ProfileLoader(this);
    }

    public int Count => _packs.Count;

    public IApiPack this[int index] => _packs[index];

    public IEnumerable<string> Names => _packs.Select(p => p.Name);

    /// <summary>"a or b": the names as an error lists them.</summary>
    public string Alternatives => Join(Names, "or");

    /// <summary>Reads target profiles with these packs' sections.</summary>
    public ProfileLoader Profiles { get; }

    /// <summary>"A and B": the titles as a sentence names them.</summary>
    public string Titles => Join(_packs.Select(p => p.Title), "and");

    /// <summary>Every pack's steps that need a profile fixture, for <c>plan</c>.</summary>
    public IReadOnlyList<Planning.FixtureNeed> FixtureNeeds => [.. _packs.SelectMany(p => p.FixtureNeeds)];

    public IApiPack? Find(string name) => _packs.FirstOrDefault(p => p.Name == name);

    /// <summary>The pack named <paramref name="name"/>; a <see cref="ConfigurationException"/> naming the known ones when there is none.</summary>
    public IApiPack Get(string name, string what = "--api") =>
        Find(name) ?? throw new ConfigurationException($"unknown {what} '{name}': expected {Alternatives}");

    public IEnumerator<IApiPack> GetEnumerator() => _packs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string Join(IEnumerable<string> items, string last)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {last} {list[^1]}";
    }
}
