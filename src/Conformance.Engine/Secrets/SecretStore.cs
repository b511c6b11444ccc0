namespace Conformance.Engine.Secrets;

/// <summary>Resolves the secrets a profile names by environment variable, and registers each value with the masker.</summary>
public sealed class SecretStore
{
    private readonly IReadOnlyDictionary<string, string> _fallback;
    private readonly Func<string, string?> _environment;

    /// <param name="fallback">Values used when the variable is unset: only the reference stub's own, publicly documented fixture secrets.</param>
    public SecretStore(SecretMasker masker, IReadOnlyDictionary<string, string>? fallback = null, Func<string, string?>? environment = null)
    {
        Masker = masker;
        _fallback = fallback ?? new Dictionary<string, string>();
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    public SecretMasker Masker { get; }

    /// <summary>Resolves every secret the profile names up front, so a missing one stops the run before any request (exit 2).</summary>
    public void ResolveAll(Profiles.TargetProfile profile)
    {
        foreach (var (env, field) in profile.Sections.SelectMany(s => s.Secrets))
        {
            Get(env, field);
        }
    }

    /// <summary>The value of the environment variable named by <paramref name="profileField"/>; a configuration error when unset.</summary>
    public string Get(string variable, string profileField)
    {
        var value = _environment(variable);
        if (string.IsNullOrEmpty(value) && !_fallback.TryGetValue(variable, out value))
        {
            throw new ConfigurationException($"environment variable {variable} (named by {profileField}) is not set");
        }

        Masker.Add(value);
        return value;
    }
}
