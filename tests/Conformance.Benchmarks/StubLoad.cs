using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Cce.Drivers;
using Conformance.Cce.Protocol;
using Conformance.Cce.Stub;
using Conformance.Obshell.Drivers;
using Conformance.Obshell.Protocol;
using Conformance.Obshell.Stub;
using Conformance.Stub;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conformance.Benchmarks;

/// <summary>
/// Section 2: the reference stub's throughput and p99 per endpoint at 1, 8 and 32 concurrent clients, against a bare
/// Kestrel endpoint that answers the same bytes, interleaved point by point; and the RSA-1024 decryption rate that
/// bounds the obshell paths.
/// </summary>
public static class StubLoad
{
    /// <summary>A request replayed byte for byte, and the answer the stub gave it (which bare Kestrel repeats).</summary>
    public sealed record Endpoint(string Name, HttpMethod Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, string? ContentType, int Status, string? ResponseType, byte[] ResponseBody, int RsaChunks, bool CcePath)
    {
        /// <summary>The endpoints by method and path, as the baseline servers look up what to answer.</summary>
        public static Dictionary<(string Method, string Path), Endpoint> ByRoute(IEnumerable<Endpoint> endpoints) =>
            endpoints.ToDictionary(e => (e.Method.Method, e.PathAndQuery.Split('?')[0]));
    }

    /// <param name="CpuUsPerRequest">The whole process's CPU time (clients and server) per request answered while measuring.</param>
    public sealed record LoadResult(double RequestsPerSecond, double P99Ms, int Errors, double CpuUsPerRequest);

    /// <summary>Only the endpoints whose name contains this (null: all).</summary>
    public static string? EndpointFilter { get; set; }

    public static int[] Clients { get; set; } = [1, 8, 32];

    public static async Task<IReadOnlyList<Endpoint>> RunAsync(FigureSet figures, bool quick)
    {
        // Rounds interleave the servers (stub, Kestrel, WireMock alone, then again) and each figure is the median round:
        // on a shared 2-core machine one slow second can otherwise halve a single measurement.
        var rounds = quick ? 1 : 3;
        var duration = TimeSpan.FromSeconds(quick ? 1.0 : 1.5);
        var warmup = TimeSpan.FromSeconds(quick ? 0.3 : 0.75);
        using var stub = ReferenceStub.Start();
        var endpoints = await PrepareAsync(stub);
        await using var kestrel = await BareKestrel.StartAsync(endpoints);
        using var control = new WireMockControl(endpoints);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { Timeout = TimeSpan.FromSeconds(30) };

        using var rsa = new RsaRate();
        var rsaOne = rsa.PerSecond(quick ? 0.5 : 1.5, threads: 1);
        var rsaAll = rsa.PerSecond(quick ? 0.5 : 1.5, threads: Environment.ProcessorCount);
        figures.Add(new Figure("2 stub", "RSA-1024 private-key decryptions per core", rsaOne, "/s") { Note = "one thread, the stub's key type, PKCS#1 v1.5, 128-byte block" });
        figures.Add(new Figure("2 stub", $"RSA-1024 private-key decryptions, {Environment.ProcessorCount} threads", rsaAll, "/s")
        {
            Baseline = rsaOne * Environment.ProcessorCount, BaselineName = "one thread x cores",
            Note = "what the cores reach together: the bound of the obshell paths is measured like this, in every round",
        });

        foreach (var e in endpoints.Where(e => EndpointFilter is null || e.Name.Contains(EndpointFilter, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var clients in Clients)
            {
                var servers = e.CcePath ? new[] { stub.Url, kestrel.Url, control.Url } : [stub.Url, kestrel.Url];
                var measured = servers.Select(_ => new List<LoadResult>()).ToArray();
                var rsaRounds = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    for (var i = 0; i < servers.Length; i++)
                    {
                        measured[i].Add(await LoadAsync(http, servers[i], e, clients, round == 0 ? warmup : warmup / 5, duration));
                    }

                    // The RSA bound in the same round as the load it bounds: this machine's speed drifts from minute to minute.
                    if (e.RsaChunks > 0)
                    {
                        rsaRounds.Add(rsa.PerSecond(duration.TotalSeconds / 2, threads: Environment.ProcessorCount));
                    }
                }

                var (s, k) = (MedianRound(measured[0]), MedianRound(measured[1]));
                var share = s.RequestsPerSecond / k.RequestsPerSecond;
                var bound = e.RsaChunks > 0 ? CliRuns.Median(rsaRounds) / e.RsaChunks : (double?)null;
                var note = $"p99 {s.P99Ms:0.00} ms (Kestrel {k.P99Ms:0.00} ms); {s.Errors + k.Errors} unexpected answers; CPU per request (clients included) {s.CpuUsPerRequest:0} us, Kestrel {k.CpuUsPerRequest:0} us";
                if (bound is { } b)
                {
                    figures.Add(new Figure("2 stub", $"{e.Name}, {clients} clients", s.RequestsPerSecond, "req/s")
                    {
                        Baseline = b, BaselineName = $"RSA bound ({e.RsaChunks} chunks)",
                        Target = clients == 1 ? null : ">= 70 % of RSA bound", Met = clients == 1 ? null : s.RequestsPerSecond >= 0.7 * b,
                        Note = $"{note}; bare Kestrel {k.RequestsPerSecond:0} req/s ({share:P0})",
                    });
                }
                else
                {
                    // The ceiling WireMock itself sets: the same bytes from one callback mapping, measured in the same rounds.
                    var w = MedianRound(measured[2]);
                    var ceiling = w.RequestsPerSecond / k.RequestsPerSecond;
                    figures.Add(new Figure("2 stub", $"{e.Name}, {clients} clients", s.RequestsPerSecond, "req/s")
                    {
                        Baseline = k.RequestsPerSecond, BaselineName = "bare Kestrel",
                        Target = e.CcePath && clients > 1 ? ">= 50 % of Kestrel" : null, Met = e.CcePath && clients > 1 ? share >= 0.5 : null,
                        Note = $"{note}; WireMock alone (one callback, same bytes) {w.RequestsPerSecond:0} req/s, {w.CpuUsPerRequest:0} us CPU = {ceiling:P0} of Kestrel, so the stub reaches {s.RequestsPerSecond / w.RequestsPerSecond:P0} of WireMock's ceiling",
                    });
                }
            }
        }

        return endpoints;
    }

    private static async Task<List<Endpoint>> PrepareAsync(ReferenceStub stub)
    {
        using var http = new HttpClient();
        var baseUrl = stub.Url;
        var o = stub.Obshell.Fixtures;
        var c = stub.Cce.Fixtures;
        using var encryptor = new ObshellRequestEncryptor(stub.Obshell.PublicKeyBase64);
        var factory = new ObshellRequestFactory(encryptor, o.AgentPassword, ObshellHeaders.Agent);
        // Valid for an hour: the same request is replayed for the whole measurement.
        var later = DateTimeOffset.UtcNow.AddHours(1);
        var list = new List<Endpoint>();

        async Task<Endpoint> Capture(string name, PreparedOrSigned r, int expected, bool cce)
        {
            using var message = r.ToMessage(baseUrl);
            using var answer = await http.SendAsync(message);
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            if ((int)answer.StatusCode != expected)
            {
                throw new InvalidOperationException($"{name}: expected HTTP {expected}, got {(int)answer.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
            }

            var chunks = r.Headers.Where(h => h.Key == ObshellHeaders.Agent).Select(h => Convert.FromBase64String(h.Value).Length / 128).FirstOrDefault();
            return new Endpoint(name, r.Method, r.PathAndQuery, r.Headers, r.Body, r.ContentType, expected, answer.Content.Headers.ContentType?.ToString(), bytes, chunks, cce);
        }

        PreparedOrSigned Obshell(HttpMethod method, string path, string? json)
        {
            var p = factory.Create(method, baseUrl, path, json, later, RequestFault.None, null);
            return new PreparedOrSigned(method, path, p.Headers, p.Body is null ? null : Encoding.UTF8.GetBytes(p.Body), p.Body is null ? null : "application/json; charset=utf-8");
        }

        // obshell: scale-in of a non-member (full hybrid decryption, 204, no state change).
        list.Add(await Capture("obshell scale-in (non-member, 204)", Obshell(HttpMethod.Post, "/api/v1/ob/scale_in", ScaleInBody.For(o.NonMember, null)), 204, false));

        // obshell: a finished DAG, polled.
        var started = Obshell(HttpMethod.Post, "/api/v1/ob/scale_in", ScaleInBody.For(o.Removable[0], null));
        using (var m = started.ToMessage(baseUrl))
        using (var a = await http.SendAsync(m))
        {
            var json = JsonNode.Parse(await a.Content.ReadAsStringAsync())!;
            var dagId = json["data"]!["id"]!.GetValue<string>();
            var poll = Obshell(HttpMethod.Get, $"/api/v1/task/dag/{dagId}", null);
            for (var i = 0; i < 100 && !(await Text(http, poll, baseUrl)).Contains("\"SUCCEED\"", StringComparison.Ordinal); i++)
            {
            }

            list.Add(await Capture("obshell DAG poll (finished DAG)", poll, 200, false));
        }

        // CCE: RemoveNode of an unknown uid, AK/SK-signed: full gateway verification and validation, then 404.
        var signer = new AkSkSigner(c.Credentials);
        async Task<PreparedOrSigned> Cce(HttpMethod method, string path, byte[]? body)
        {
            using var message = new HttpRequestMessage(method, baseUrl + path);
            message.Headers.TryAddWithoutValidation("X-Project-Id", c.ProjectId);
            if (body is not null)
            {
                message.Content = new ByteArrayContent(body);
                message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            }

            await signer.SignAsync(message);
            var headers = message.Headers.NonValidated.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value))).ToList();
            return new PreparedOrSigned(method, path, headers, body, body is null ? null : "application/json");
        }

        var removePath = new RemovalRequest(c.ProjectId, c.ClusterId, new JsonObject(), []).Path;
        var unknown = await Cce(HttpMethod.Put, removePath, Encoding.UTF8.GetBytes(RemovalRequest.BodyFor([c.UnknownNodeUid], null).ToJsonString()));
        list.Add(await Capture("CCE remove (unknown uid, 404)", unknown, 404, true));

        // CCE: a finished job, polled.
        var real = await Cce(HttpMethod.Put, removePath, Encoding.UTF8.GetBytes(RemovalRequest.BodyFor([c.NodeUids[0]], null).ToJsonString()));
        var jobId = JsonNode.Parse(await Text(http, real, baseUrl))!["status"]!["jobID"]!.GetValue<string>();
        var jobPoll = await Cce(HttpMethod.Get, $"/api/v3/projects/{c.ProjectId}/jobs/{jobId}", null);
        for (var i = 0; i < 100 && !(await Text(http, jobPoll, baseUrl)).Contains("\"Success\"", StringComparison.Ordinal); i++)
        {
        }

        list.Add(await Capture("CCE job poll (finished job)", jobPoll, 200, true));
        return list;
    }

    private static LoadResult MedianRound(List<LoadResult> rounds) =>
        rounds.OrderBy(r => r.RequestsPerSecond).ElementAt(rounds.Count / 2) with { Errors = rounds.Sum(r => r.Errors) };

    private static async Task<string> Text(HttpClient http, PreparedOrSigned r, string baseUrl)
    {
        using var m = r.ToMessage(baseUrl);
        using var a = await http.SendAsync(m);
        return await a.Content.ReadAsStringAsync();
    }

    public sealed record PreparedOrSigned(HttpMethod Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, string? ContentType)
    {
        public HttpRequestMessage ToMessage(string baseUrl)
        {
            var message = new HttpRequestMessage(Method, baseUrl + PathAndQuery);
            foreach (var (name, value) in Headers)
            {
                if (!string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
                {
                    message.Headers.TryAddWithoutValidation(name, value);
                }
            }

            if (Body is not null)
            {
                message.Content = new ByteArrayContent(Body);
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            return message;
        }
    }

    private static async Task<LoadResult> LoadAsync(HttpClient http, string baseUrl, Endpoint e, int clients, TimeSpan warmup, TimeSpan duration)
    {
        var request = new PreparedOrSigned(e.Method, e.PathAndQuery, e.Headers, e.Body, e.ContentType);
        var latencies = new List<double>[clients];
        var errors = 0;
        var stopAt = 0L;
        var measureFrom = 0L;
        var measureTo = 0L;
        var counts = new int[clients];
        var signedHost = e.Headers.FirstOrDefault(h => string.Equals(h.Key, "Host", StringComparison.OrdinalIgnoreCase)).Value;

        async Task Client(int index)
        {
            var mine = latencies[index] = new List<double>(1 << 16);
            while (true)
            {
                var t0 = Stopwatch.GetTimestamp();
                if (t0 >= stopAt)
                {
                    return;
                }

                using var message = request.ToMessage(baseUrl);
                if (signedHost is not null)
                {
                    message.Headers.Host = signedHost;
                }

                using var answer = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                var t1 = Stopwatch.GetTimestamp();
                if ((int)answer.StatusCode != e.Status)
                {
                    Interlocked.Increment(ref errors);
                }

                if (t0 >= measureFrom && t1 <= measureTo)
                {
                    mine.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                    counts[index]++;
                }
            }
        }

        var now = Stopwatch.GetTimestamp();
        measureFrom = now + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        measureTo = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        stopAt = measureTo;
        var cpu = CpuOver(measureFrom, measureTo);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i))));
        var cpuTime = await cpu;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var p99 = all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(all.Length * 0.99) - 1)];
        return new LoadResult(all.Length / duration.TotalSeconds, p99, errors, all.Length == 0 ? double.NaN : cpuTime.TotalMicroseconds / all.Length);
    }

    /// <summary>The process's CPU time between two Stopwatch timestamps: what a request costs when the cores are the limit.</summary>
    private static async Task<TimeSpan> CpuOver(long from, long to)
    {
        await Task.Delay(Until(from));
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(Until(to));
        return Process.GetCurrentProcess().TotalProcessorTime - start;

        static TimeSpan Until(long at) => TimeSpan.FromTicks(Math.Max(0, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), at).Ticks));
    }
}
