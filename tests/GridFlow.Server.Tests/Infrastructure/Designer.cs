using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>What a designer does over HTTP: save a draft, publish it, map a category to it.</summary>
public sealed class Designer(GridFlowApp app)
{
    public async Task<int> PublishAsync(JsonObject definition)
    {
        var designer = await app.ClientForAsync("designer");
        var id = definition["definitionId"]!.GetValue<string>();
        var draft = await designer.PutAsJsonAsync($"/api/workflow-definitions/{id}/draft", definition);
        Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        var published = await designer.PostAsync($"/api/workflow-definitions/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    public async Task MapCategoryAsync(string category, string definitionId)
    {
        var designer = await app.ClientForAsync("designer");
        var response = await designer.PutAsJsonAsync($"/api/issue-categories/{category}", new { name = category, workflowDefinitionId = definitionId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
