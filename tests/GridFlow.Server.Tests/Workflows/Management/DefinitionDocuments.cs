using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>Definition documents for requests, derived from the imported default lifecycle.</summary>
public static class DefinitionDocuments
{
    /// <summary>The live <c>issue-lifecycle</c> document, under another id when one is given.</summary>
    public static async Task<JsonObject> DefaultLifecycleAsync(HttpClient client, string? definitionId = null)
    {
        var json = (await client.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/issue-lifecycle"))!;
        if (definitionId is not null)
        {
            json["definitionId"] = definitionId;
        }

        return json;
    }

    /// <summary>The index of an activity in <c>root.activities</c>, for JSON pointers.</summary>
    public static int IndexOf(JsonObject definition, string activityId) =>
        definition["root"]!["activities"]!.AsArray().Select((a, i) => (Id: (string?)a!["id"], i)).Single(x => x.Id == activityId).i;

    /// <summary>Gives an activity's <c>due</c> a value that is not a duration.</summary>
    public static JsonObject WithBadDue(JsonObject definition, string activityId)
    {
        var copy = definition.DeepClone().AsObject();
        copy["root"]!["activities"]![IndexOf(copy, activityId)]!["due"] = "three days";
        return copy;
    }
}
