using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// One run over every operation of the server's OpenAPI document, as every role: first a valid read of each list (its
/// answers are where real ids come from), then each operation in <see cref="ApiOperation.Phase"/> order with a valid
/// request and attacks on it, every answer judged by <see cref="ResponseJudge"/>.
/// </summary>
public sealed class FuzzRun(HttpClient client, ApiCatalog catalog)
{
    private const int ResponseShown = 600;

    /// <summary>With <c>GRIDFLOW_FUZZ_TRACE=file</c>, every request and the start of its answer go to that file, to see what the run reached.</summary>
    private static readonly string? TracePath = Environment.GetEnvironmentVariable("GRIDFLOW_FUZZ_TRACE");
    private readonly SeenValues seen = new();
    private readonly ResponseJudge judge = new(catalog.Schemas);
    private readonly Dictionary<string, string?> tokens = new() { [FuzzRoles.Anonymous] = null };
    private readonly SortedDictionary<int, int> statuses = [];
    private readonly List<(TimeSpan Time, string Request)> slowest = [];
    private readonly Dictionary<string, SortedDictionary<int, int>> byOperation = [];

    public List<FuzzFinding> Findings { get; } = [];

    public int Requests { get; private set; }

    public IReadOnlyList<ApiOperation> Operations => catalog.Operations;

    public static async Task<FuzzRun> StartAsync(GridFlowApp app)
    {
        var client = app.CreateClient();
        client.Timeout = FuzzBudget.MaxRequestTime * 3;
        var run = new FuzzRun(client, await ApiCatalog.LoadAsync(client));
        foreach (var role in FuzzRoles.SignedIn)
        {
            await run.SignInAsync(role);
        }

        return run;
    }

    /// <summary>A valid read of everything, as every signed-in role: the lists first, then what their ids lead to.</summary>
    public async Task ReadEverythingAsync()
    {
        var reads = catalog.Operations.Where(o => o.Method == HttpMethod.Get && o.RequiresCaller)
            .OrderBy(o => o.Parameters.Count(p => p.In == ParameterLocation.Path));
        foreach (var operation in reads)
        {
            foreach (var role in FuzzRoles.SignedIn)
            {
                var request = RequestGenerator.Valid(operation, role, new ValueGenerator(FuzzBudget.RandomFor(operation, role + "/read"), seen, operation, role));
                request.Query.RemoveAll(q => q.Key is "page" or "pageSize");
                request.Query.Add(new("pageSize", "100"));
                await SendAsync(request);
            }
        }
    }

    public async Task FuzzEveryOperationAsync()
    {
        foreach (var operation in catalog.Operations)
        {
            foreach (var role in FuzzRoles.All)
            {
                var random = FuzzBudget.RandomFor(operation, role);
                var values = new ValueGenerator(random, seen, operation, role);
                var unauthorised = false;
                for (var i = 0; i < FuzzBudget.CasesFor(operation, role); i++)
                {
                    var request = RequestGenerator.Valid(operation, role, values);
                    // The first request is valid; of the others one in three is another valid one, the rest attacks.
                    if (i > 0 && random.Next(3) != 0)
                    {
                        var attacks = Attacks.All.Where(a => a.AppliesTo(request)).ToList();
                        Attacks.Pick(attacks, random).Apply(request, values);
                    }

                    unauthorised |= await SendAsync(request) == HttpStatusCode.Unauthorized && role != FuzzRoles.Anonymous;
                }

                // A sign-out or a disabled account ends the role's session; sign in again for the operations after.
                if (unauthorised && operation.RequiresCaller)
                {
                    await SignInAsync(role);
                }
            }
        }
    }

    public string Summary(TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine($"Fuzzed {catalog.Operations.Count} operations as {FuzzRoles.All.Count()} roles ({string.Join(", ", FuzzRoles.All)}): "
            + $"{Requests} requests in {elapsed.TotalSeconds:0.0} s (seed {FuzzBudget.Seed}).");
        text.AppendLine("Statuses: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        text.AppendLine("Slowest: " + string.Join("; ", slowest.Select(s => $"{s.Time.TotalMilliseconds:0} ms {s.Request}")));
        // Where the fuzzer never got past the checks, it tested only them: worth a real id or a seed of its own.
        text.AppendLine("Never answered 2xx: " + string.Join(", ", catalog.Operations.Select(o => o.Key)
            .Where(k => !byOperation.TryGetValue(k, out var counts) || !counts.Keys.Any(s => s is >= 200 and < 300))));
        foreach (var operation in catalog.Operations)
        {
            text.AppendLine($"  {operation.Key}: " + string.Join(" ", byOperation.GetValueOrDefault(operation.Key)?.Select(s => $"{s.Key}×{s.Value}") ?? []));
        }
        return text.ToString();
    }

    /// <summary>The findings, one of each kind in full (the request to replay, the start of the answer) with a count of the others.</summary>
    public static string Report(IReadOnlyCollection<FuzzFinding> findings)
    {
        var text = new StringBuilder($"{findings.Count} responses broke the rules, in {findings.GroupBy(f => f.Group).Count()} kinds:\n");
        foreach (var group in findings.GroupBy(f => f.Group))
        {
            var first = group.First();
            text.AppendLine().AppendLine($"{first.Operation} → {first.Fault}");
            text.Append(first.Request);
            text.AppendLine($"  → {first.Response}");
            if (group.Count() > 1)
            {
                text.AppendLine($"  (and {group.Count() - 1} more like it)");
            }
        }

        return text.ToString();
    }

    /// <summary>Sends, judges, records; returns the status.</summary>
    private async Task<HttpStatusCode> SendAsync(FuzzRequest request)
    {
        HttpResponseMessage response;
        var clock = Stopwatch.StartNew();
        try
        {
            using var message = request.ToMessage(tokens[request.Role]);
            response = await client.SendAsync(message);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or FormatException or InvalidOperationException or ArgumentException)
        {
            Findings.Add(new FuzzFinding(request.Operation.Key, 0, $"no response: {exception.GetType().Name}: {exception.Message}", request.Replay(), ""));
            return 0;
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed;
            Requests++;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var counts = byOperation.TryGetValue(request.Operation.Key, out var found) ? found : byOperation[request.Operation.Key] = [];
            counts[status] = counts.GetValueOrDefault(status) + 1;

            Remember(elapsed, request);

            if (TracePath is not null)
            {
                var answer = Encoding.UTF8.GetString(body);
                await File.AppendAllTextAsync(TracePath, $"{request.Replay()}  → {status} {(answer.Length > ResponseShown ? answer[..ResponseShown] : answer)}\n\n");
            }

            var fault = await judge.FaultAsync(request.Operation, response, body)
                ?? (elapsed > FuzzBudget.MaxRequestTime ? $"took {elapsed.TotalSeconds:0.0} s" : null);
            if (fault is not null)
            {
                var shown = Encoding.UTF8.GetString(body);
                Findings.Add(new FuzzFinding(request.Operation.Key, status, fault, request.Replay(),
                    $"{status} {response.Content.Headers.ContentType} {(shown.Length > ResponseShown ? shown[..ResponseShown] + "…" : shown)}"));
            }

            if (status is >= 200 and < 300 && response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true)
            {
                seen.Harvest(request.Role, request.Operation, TryParse(body));
            }

            return response.StatusCode;
        }
    }

    private async Task SignInAsync(string role)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = role, password = "GridFlow!2026" });
        tokens[role] = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken : tokens.GetValueOrDefault(role);
    }

    private void Remember(TimeSpan elapsed, FuzzRequest request)
    {
        slowest.Add((elapsed, $"{request.Operation.Method.Method} {request.Operation.Path} as {request.Role} [{request.Attack}]"));
        slowest.Sort((a, b) => b.Time.CompareTo(a.Time));
        if (slowest.Count > 3)
        {
            slowest.RemoveAt(3);
        }
    }

    private static JsonNode? TryParse(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
