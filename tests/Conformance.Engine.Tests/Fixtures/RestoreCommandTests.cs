using Conformance.Engine.Fixtures;
using Conformance.Engine.Secrets;
using FluentAssertions;

namespace Conformance.Engine.Tests.Fixtures;

public sealed class RestoreCommandTests
{
    private const string Secret = "restore-Secret-Value-42";

    [Test]
    public async Task Placeholders_are_replaced_secrets_arrive_by_environment_only_and_the_output_is_masked()
    {
        var masker = new SecretMasker();
        masker.Add(Secret);

        // The argument holds the placeholder, never the secret: a process list shows arguments to every user.
        var outcome = await RestoreCommand.RunAsync(
            ["sh", "-c", "echo \"node $0 back; password $RESTORE_PW\"; echo new-uid-for-$0", "{uid}"],
            new Dictionary<string, string> { ["uid"] = "uid-1" },
            new Dictionary<string, string> { ["RESTORE_PW"] = Secret },
            TimeSpan.FromSeconds(30),
            masker,
            CancellationToken.None);

        outcome.Succeeded.Should().BeTrue(outcome.Account);
        outcome.LastLine.Should().Be("new-uid-for-uid-1");
        outcome.Account.Should().Contain("node uid-1 back; password ***").And.NotContain(Secret);
    }

    [Test]
    public async Task A_non_zero_exit_is_a_failure_with_its_output()
    {
        var outcome = await RestoreCommand.RunAsync(["sh", "-c", "echo host not clean >&2; exit 3"], new Dictionary<string, string>(), new Dictionary<string, string>(),
            TimeSpan.FromSeconds(30), new SecretMasker(), CancellationToken.None);

        outcome.Succeeded.Should().BeFalse();
        outcome.Account.Should().Contain("exited 3").And.Contain("host not clean");
    }

    [Test]
    public async Task A_program_that_does_not_exist_is_a_readable_failure()
    {
        var outcome = await RestoreCommand.RunAsync(["/no/such/readd-node.sh"], new Dictionary<string, string>(), new Dictionary<string, string>(),
            TimeSpan.FromSeconds(30), new SecretMasker(), CancellationToken.None);

        outcome.Succeeded.Should().BeFalse();
        outcome.Account.Should().StartWith("restore command `/no/such/readd-node.sh` could not start:");
    }
}
