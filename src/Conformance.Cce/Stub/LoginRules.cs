using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Cce.Protocol;

namespace Conformance.Cce.Stub;

/// <summary>Validation of spec.login: types, the remove-flag conflicts, and the salted-password requirement.</summary>
internal static class LoginRules
{
    public static bool IsValid(JsonNode? node, IReadOnlySet<string> deviations, out string error)
    {
        error = string.Empty;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonObject login)
        {
            error = "spec.login must be an object";
            return false;
        }

        if (!JsonFields.OptionalBool(login, "removeUserPassword", "spec.login", out var removePassword, out error)
            || !JsonFields.OptionalBool(login, "removeSSHKey", "spec.login", out var removeKey, out error))
        {
            return false;
        }

        if (login["sshKey"] is { } key && key.GetValueKind() != JsonValueKind.String)
        {
            error = "spec.login.sshKey must be a string";
            return false;
        }

        if (removeKey && login["sshKey"] is not null && !deviations.Contains(CceDeviations.RemoveSshKeyConflictAccepted))
        {
            error = "spec.login.removeSSHKey=true does not allow sshKey";
            return false;
        }

        if (removePassword && login["userPassword"] is not null && !deviations.Contains(CceDeviations.RemovePasswordConflictAccepted))
        {
            error = "spec.login.removeUserPassword=true does not allow userPassword";
            return false;
        }

        return UserPasswordIsValid(login["userPassword"], deviations, out error);
    }

    private static bool UserPasswordIsValid(JsonNode? node, IReadOnlySet<string> deviations, out string error)
    {
        error = string.Empty;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonObject userPassword)
        {
            error = "spec.login.userPassword must be an object";
            return false;
        }

        if (userPassword["username"] is { } user && user.GetValueKind() != JsonValueKind.String)
        {
            error = "spec.login.userPassword.username must be a string";
            return false;
        }

        if (deviations.Contains(CceDeviations.CustomUsernameRefused) && JsonFields.TryGetString(userPassword, "username", out var name)
            && name != PasswordPolicy.DefaultUsername)
        {
            error = "spec.login.userPassword.username must be root";
            return false;
        }

        if (!JsonFields.TryGetString(userPassword, "password", out var password))
        {
            error = "spec.login.userPassword.password is required and must be a string";
            return false;
        }

        // Only the salted form is accepted: a salted password's complexity cannot be judged, and a plaintext one
        // must never travel; this is the stricter of the two readings the sources allow.
        if (!SaltedPassword.IsSalted(password) && !LaxPlaintextPassword.Accepts(password, userPassword, deviations))
        {
            error = "spec.login.userPassword.password must be salted: base64 of a SHA-512 crypt string $6$salt$hash";
            return false;
        }

        return true;
    }
}
