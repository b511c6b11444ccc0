using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PayloadProcessing;

namespace Conformance.Engine.Running;

/// <summary>Reqnroll's one-time static work, done on a spare core while the stub starts and the suite is parsed.</summary>
public static class ReqnrollWarmUp
{
    /// <summary>
    /// Reqnroll's message serializer scans the types of every loaded assembly on first use (a quarter of a second here,
    /// and more once ASP.NET Core is loaded), then the first message pays for System.Text.Json's metadata. Doing it early,
    /// off the critical path, takes both out of the session start.
    /// </summary>
    public static Task StartAsync() => Task.Run(() =>
    {
        try
        {
            _ = NdjsonSerializer.Serialize(Envelope.Create(new TestRunStarted(new Timestamp(0, 0), "warm-up")));
        }
        catch (System.Exception)
        {
            // Only a head start: whatever failed here fails again, with its context, when the session starts.
        }
    });
}
