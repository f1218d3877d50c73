using GridFlow.Server.Tests.Notifications;

namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// What the demo data lacks and the fuzzer needs real ids of: issues (with their tasks and workflow instances), an
/// escalation, a photo, and a draft definition to publish. Everything else it finds by listing.
/// </summary>
public static class FuzzSeed
{
    public const string DraftDefinitionId = "fuzz-lifecycle";
    private const string EscalatingDefinitionId = "fuzz-escalating";
    private const string EscalatingCategory = "fuzz-escalating";

    public static async Task PlantAsync(GridFlowApp app)
    {
        var lifecycle = new Lifecycle(app);
        for (var i = 0; i < 3; i++)
        {
            await lifecycle.ReportAsync();
        }

        await lifecycle.UploadPhotoAsync("inspector");
        var designer = await app.ClientForAsync("designer");
        var draft = await designer.PutAsJsonAsync($"/api/workflow-definitions/{DraftDefinitionId}/draft", Definitions.Lifecycle(DraftDefinitionId, "受理（模糊测试）"));
        Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        await EscalationAsync(app, lifecycle);
    }

    /// <summary>An issue whose accept task is due a second after it is reported, so that the sweep raises a yellow card at once.</summary>
    private static async Task EscalationAsync(GridFlowApp app, Lifecycle lifecycle)
    {
        var definition = Definitions.Lifecycle(EscalatingDefinitionId, "受理（即将督办）");
        Definitions.Activity(definition, "accept")["due"] = "PT1S";
        var designer = new Designer(app);
        await designer.PublishAsync(definition);
        await designer.MapCategoryAsync(EscalatingCategory, EscalatingDefinitionId);
        await lifecycle.ReportAsync(EscalatingCategory);

        var supervisor = await app.ClientForAsync("county-supervisor");
        await Eventually.TrueAsync(
            async () => (await supervisor.GetFromJsonAsync<JsonElement>("/api/escalations")).GetProperty("total").GetInt32() > 0,
            "a yellow card on the fuzz issue",
            seconds: 20);
    }
}
