using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Results;

/// <summary>
/// A deployment-wide scheme everyone fails (base 50, deductions only: never 60), published once per host under its own id,
/// so runs of it make dismissal lists without touching the shipped scheme's runs.
/// </summary>
public static class FailingScheme
{
    public const string Id = "results-failing";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsurePublishedAsync(RunsFixture fixture)
    {
        await Gate.WaitAsync();
        try
        {
            var designer = await fixture.App.ClientForAsync("designer");
            var existing = await designer.GetAsync($"/api/assessment-schemes/{Id}");
            if (existing.IsSuccessStatusCode && (await existing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "published")
            {
                return;
            }

            var scheme = TestSchemes.Shipped();
            scheme["schemeId"] = Id;
            scheme["name"] = "必不合格测试方案";
            scheme["base"] = 50;
            scheme["items"] = new System.Text.Json.Nodes.JsonArray(scheme["items"]!.AsArray().Where(i => i!["kind"]!.GetValue<string>() == "missedPatrol").Select(i => i!.DeepClone()).ToArray());
            var draft = await designer.PutAsJsonAsync($"/api/assessment-schemes/{Id}/draft", scheme);
            Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await designer.PostAsync($"/api/assessment-schemes/{Id}/publish", null)).StatusCode);
        }
        finally
        {
            Gate.Release();
        }
    }
}
