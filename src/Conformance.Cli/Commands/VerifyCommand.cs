using System.CommandLine;
using Conformance.Cli.Jobs;
using Conformance.Engine.Certification;
using Conformance.Engine.Results;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance verify</c>: check a certificate's signature and that it was judged by this suite.</summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var certificate = new Argument<string>("certificate") { Description = "The certificate.json to check." };
        var key = new Option<string?>("--key") { Description = "The signer's PEM public key; without it only integrity is proven, not who signed." };
        var suite = new Option<string?>("--suite") { Description = "Folder holding features/ and schemas/ (default: the suite shipped with the harness)." };
        var command = new Command("verify", "Check a signed certificate: signature, signer (with --key) and suite hash. Exit 0 valid, 1 not.")
        {
            certificate, key, suite,
        };
        command.SetAction(async (parse, _) =>
        {
            var path = parse.GetValue(certificate)!;
            var text = Engine.InputFile.ReadText(path, "certificate");
            using var trusted = parse.GetValue(key) is { } keyPath ? SigningKeys.LoadPublic(keyPath) : null;
            var sha = SuiteHash.Compute(SuiteLocator.Find(parse.GetValue(suite)));
            var result = CertificateVerifier.Verify(text, trusted, sha);
            await (result.Valid ? output : error).WriteLineAsync(result.Message);
            return result.Valid ? ExitCodes.Conformant : ExitCodes.NotConformant;
        });
        return command;
    }
}
