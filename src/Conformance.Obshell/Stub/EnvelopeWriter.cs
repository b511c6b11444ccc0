using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Conformance.Engine.Packs;

namespace Conformance.Obshell.Stub;

/// <summary>Builds obshell's response envelope (ob/agent/lib/http/response.go).</summary>
internal sealed class EnvelopeWriter(TimeProvider time, IReadOnlySet<string> deviations, RefusalReporter refusals)
{
    // The default encoder escapes ' as \u0027, which turns stage names like "Set agent to 'SCALING IN'" unreadable in logs.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public StubResponse Success(RequestContext ctx, Action<Utf8JsonWriter> writeData) =>
        Write(ctx, 200, w =>
        {
            w.WritePropertyName("data");
            writeData(w);
        });

    /// <summary>Every refusal passes here, so this is where the stub tells its diagnostics why.</summary>
    public StubResponse Error(RequestContext ctx, StubError error)
    {
        refusals.Report(ctx.Method, ctx.Path, error.Status, error.ErrCode, ctx.Why ?? error.Message);
        return Write(ctx, error.Status, w =>
        {
            if (deviations.Contains(ObshellDeviations.DataOnError))
            {
                w.WriteStartObject("data");
                w.WriteEndObject();
            }

            w.WriteStartObject("error");
            if (error.LegacyCode != 0)
            {
                w.WriteNumber("code", error.LegacyCode);
            }

            w.WriteString("errCode", error.ErrCode);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        });
    }

    private StubResponse Write(RequestContext ctx, int status, Action<Utf8JsonWriter> payload)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteBoolean("successful", status is >= 200 and < 300);
            w.WriteString("timestamp", GoTime.Format(time.GetLocalNow()));
            w.WriteNumber("duration", (long)time.GetElapsedTime(ctx.StartedAt).TotalMilliseconds);
            w.WriteNumber("status", status == 200 && deviations.Contains(ObshellDeviations.StatusMismatch) ? 201 : status);
            w.WriteString("traceId", ctx.TraceId);
            payload(w);
            w.WriteEndObject();
        }

        // Bytes, not a string: a detailed DAG is 3 KB, and it was turned into text here and back into bytes to be sent.
        return new StubResponse(status, buffer.WrittenSpan.ToArray());
    }
}
