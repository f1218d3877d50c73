using System.Diagnostics;
using Xunit.Abstractions;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// Every operation of the server's own OpenAPI document, fuzzed as anonymous and as each demo role with a fixed seed
/// (see <see cref="FuzzBudget"/>): no 5xx, only documented statuses, 4xx as problem details, 2xx as documented. All
/// findings are collected and reported at once, each with the request that got it.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class OpenApiFuzzTests(DemoAppFixture fixture, ITestOutputHelper output) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task EveryOperation_AnswersGeneratedRequests_AsDocumented()
    {
        await FuzzSeed.PlantAsync(fixture.App);
        var clock = Stopwatch.StartNew();

        var run = await FuzzRun.StartAsync(fixture.App);
        await run.ReadEverythingAsync();
        await run.FuzzEveryOperationAsync();

        output.WriteLine(run.Summary(clock.Elapsed));
        if (run.Findings.Count > 0)
        {
            output.WriteLine(FuzzRun.Report(run.Findings));
        }

        Assert.True(run.Operations.Count > 0, "The OpenAPI document lists no operation.");
        Assert.True(run.Findings.Count == 0, FuzzRun.Report(run.Findings));
    }
}
