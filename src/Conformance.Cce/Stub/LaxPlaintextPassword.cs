using System.Text.Json.Nodes;
using Conformance.Cce.Protocol;

namespace Conformance.Cce.Stub;

/// <summary>
/// The plaintext-password deviations: a server that takes plaintext and checks the page's rules, skipping one.
/// Without any of those deviations nothing plaintext is accepted, as the stub requires the salted form.
/// (cce-question-mark-not-special skips nothing: it judges every rule, miscounting '?'.)
/// </summary>
internal static class LaxPlaintextPassword
{
    public static bool Accepts(string password, JsonObject userPassword, IReadOnlySet<string> deviations)
    {
        var skipLength = deviations.Contains(CceDeviations.PasswordLengthUnchecked);
        var skipClasses = deviations.Contains(CceDeviations.WeakPasswordAccepted);
        var skipUsername = deviations.Contains(CceDeviations.UsernameInPasswordAccepted);
        var ignoreQuestionMark = deviations.Contains(CceDeviations.QuestionMarkNotSpecial);
        if (!skipLength && !skipClasses && !skipUsername && !ignoreQuestionMark)
        {
            return false;
        }

        var user = JsonFields.TryGetString(userPassword, "username", out var u) && u.Length > 0 ? u : PasswordPolicy.DefaultUsername;
        var reversed = new string(user.Reverse().ToArray());
        var lengthOk = password.Length is >= PasswordPolicy.MinLength and <= PasswordPolicy.MaxLength;
        var classesOk = PasswordPolicy.CountClasses(ignoreQuestionMark ? password.Replace("?", string.Empty, StringComparison.Ordinal) : password)
            >= PasswordPolicy.RequiredClasses;
        var usernameOk = !password.Contains(user, StringComparison.OrdinalIgnoreCase) && !password.Contains(reversed, StringComparison.OrdinalIgnoreCase);
        return (lengthOk || skipLength) && (classesOk || skipClasses) && (usernameOk || skipUsername);
    }
}
