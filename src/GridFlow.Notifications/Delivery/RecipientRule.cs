using System.Text.Json;

namespace GridFlow.Notifications.Delivery;

/// <summary>
/// An outbox row's recipients (jsonb), e.g. <c>{"rule":"townshipOfficers"}</c>, <c>{"rule":"user","userName":"x"}</c>,
/// <c>{"rule":"taskAssignee"}</c> or <c>{"rule":"role","role":"county-supervisor","regionId":"..."}</c>.
/// </summary>
public sealed record RecipientRule(string Rule, string? UserName, string? Role, Guid? RegionId)
{
    public const string TaskAssignee = "taskAssignee";
    public const string RoleInRegion = "role";

    public static RecipientRule Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new RecipientRule(
            Text(root, "rule") ?? throw new UndeliverableException($"The recipients {json} name no rule."),
            Text(root, "userName"),
            Text(root, "role"),
            Guid.TryParse(Text(root, "regionId"), out var region) ? region : null);
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
