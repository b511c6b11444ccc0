using Conformance.Engine.Catalogue;

namespace Conformance.Cce.Stub;

/// <summary>The CCE stub's deviation modes: each makes it break one MUST requirement the way a buggy server would.</summary>
public static class CceDeviations
{
    public const string ApiVersionIgnored = "cce-api-version-ignored";
    public const string KindIgnored = "cce-kind-ignored";
    public const string SpecOptional = "cce-spec-optional";
    public const string NodesOptional = "cce-nodes-optional";
    public const string UidOptional = "cce-uid-optional";
    public const string TwoHundredNodesRefused = "cce-200-nodes-refused";
    public const string TwoHundredOneNodesAccepted = "cce-201-nodes-accepted";
    public const string PasswordLengthUnchecked = "cce-password-length-unchecked";
    public const string WeakPasswordAccepted = "cce-weak-password-accepted";
    public const string UsernameInPasswordAccepted = "cce-username-in-password-accepted";
    public const string QuestionMarkNotSpecial = "cce-question-mark-not-special";
    public const string CustomUsernameRefused = "cce-custom-username-refused";
    public const string RemovePasswordConflictAccepted = "cce-remove-password-conflict-accepted";
    public const string RemoveSshKeyConflictAccepted = "cce-remove-sshkey-conflict-accepted";
    public const string PasswordEchoed = "cce-password-echoed";
    public const string JobIdMissing = "cce-jobid-missing";
    public const string JobNeverSucceeds = "cce-job-never-succeeds";
    public const string RemovedNodeRemovableAgain = "cce-removed-node-removable-again";
    public const string CharsetRefused = "cce-charset-refused";
    public const string TextPlainAccepted = "cce-text-plain-accepted";
    public const string AuthSkipped = "cce-auth-skipped";
    public const string AnyTokenAccepted = "cce-any-token-accepted";
    public const string SignatureUnchecked = "cce-signature-unchecked";
    public const string ValidationBeforeAuth = "cce-validation-before-auth";
    public const string AkSkRefused = "cce-aksk-refused";
    public const string UnknownClusterAccepted = "cce-unknown-cluster-accepted";
    public const string UnknownNodeAccepted = "cce-unknown-node-accepted";
    public const string ErrorWithoutCode = "cce-error-without-code";

    public static IReadOnlyList<StubDeviation> All { get; } =
    [
        new(ApiVersionIgnored, "CCE-001", "apiVersion is not checked: \"v2\" is accepted"),
        new(KindIgnored, "CCE-002", "kind is not checked: \"Node\" is accepted"),
        new(SpecOptional, "CCE-004", "a body without spec is accepted as a removal of no node"),
        new(NodesOptional, "CCE-005", "a spec without nodes is accepted as a removal of no node"),
        new(UidOptional, "CCE-006", "node items without uid are skipped instead of refused"),
        new(TwoHundredNodesRefused, "CCE-010", "the node limit is off by one: 200 nodes are refused"),
        new(TwoHundredOneNodesAccepted, "CCE-011", "the 200-node limit is not enforced"),
        new(PasswordLengthUnchecked, "CCE-020", "plaintext passwords are accepted when they meet every rule but length"),
        new(WeakPasswordAccepted, "CCE-021", "plaintext passwords are accepted when they meet every rule but the three classes"),
        new(UsernameInPasswordAccepted, "CCE-022", "plaintext passwords are accepted when they meet every rule but the username ones"),
        new(QuestionMarkNotSpecial, "CCE-024", "plaintext passwords are judged by the page's rules, but '?' does not count as a special character"),
        new(CustomUsernameRefused, "CCE-023", "a login whose username is not root is refused, salted password or not"),
        new(RemovePasswordConflictAccepted, "CCE-030", "removeUserPassword=true is accepted together with userPassword"),
        new(RemoveSshKeyConflictAccepted, "CCE-031", "removeSSHKey=true is accepted together with sshKey"),
        new(PasswordEchoed, "CCE-032", "the 200 answer echoes the password as sent"),
        new(JobIdMissing, "CCE-040", "the 200 answer names the job in status.jobId (lower-case d), not status.jobID"),
        new(JobNeverSucceeds, "CCE-042", "every removal job ends Failed"),
        new(RemovedNodeRemovableAgain, "CCE-043", "a node whose removal job succeeded stays in the cluster"),
        new(CharsetRefused, "CCE-050", "application/json;charset=utf-8 is refused with 400 CCE.01400006"),
        new(TextPlainAccepted, "CCE-051", "a text/plain body is accepted"),
        new(AuthSkipped, "CCE-053", "a request with neither token nor signature is let through"),
        new(AnyTokenAccepted, "CCE-054", "any X-Auth-Token value is accepted"),
        new(SignatureUnchecked, "CCE-055", "a known access key with a wrong signature is accepted"),
        new(ValidationBeforeAuth, "CCE-058", "content type, cluster and body are judged before authentication"),
        new(AkSkRefused, "CCE-059", "AK/SK signatures are not supported: every signed request gets 401"),
        new(UnknownClusterAccepted, "CCE-060", "the cluster id is not checked"),
        new(UnknownNodeAccepted, "CCE-061", "unknown node uids are silently dropped from the removal"),
        new(ErrorWithoutCode, "CCE-070", "error bodies carry only a message, no code in either spelling"),
    ];
}
