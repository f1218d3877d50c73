using System.Text.Json.Serialization;

namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// Who an outbox row is for, as stored in its <c>recipients</c> column and resolved when it is delivered: an assignee
/// rule relative to the issue (<c>{"rule":"townshipOfficers"}</c>, <c>{"rule":"user","userName":"x"}</c>), whoever holds
/// the task then (<c>{"rule":"taskAssignee"}</c>, so a reassignment is followed), or a role in a region
/// (<c>{"rule":"role","role":"county-supervisor","regionId":"…"}</c>). The one type that writes and reads that JSON.
/// </summary>
public sealed record OutboxRecipients(
    string Rule,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserName = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? RegionId = null)
{
    public const string TaskAssigneeRule = "taskAssignee";
    public const string RoleRule = "role";

    public static OutboxRecipients TaskAssignee { get; } = new(TaskAssigneeRule);

    /// <summary>Every reminder and overdue notice names this one; written once, not per row of a sweep.</summary>
    private static readonly string TaskAssigneeJson = JsonSerializer.Serialize(TaskAssignee, EngineJson.Options);

    public static OutboxRecipients RoleIn(string role, Guid regionId) => new(RoleRule, Role: role, RegionId: regionId);

    /// <summary>The recipients of a <c>GridFlow.Notify</c> activity: its assignee rule.</summary>
    public static OutboxRecipients Of(AssigneeRule rule) => new(rule.Rule, rule.UserName);

    /// <summary>The assignee rule this names, for the rules that are one (not <c>taskAssignee</c> or <c>role</c>).</summary>
    public AssigneeRule AsAssigneeRule() => new(Rule, UserName);

    public string ToJson() => this == TaskAssignee ? TaskAssigneeJson : JsonSerializer.Serialize(this, EngineJson.Options);

    /// <summary>Reads a <c>recipients</c> column; a value that names no rule is a <see cref="FormatException"/>.</summary>
    public static OutboxRecipients Parse(string json)
    {
        OutboxRecipients? recipients;
        try
        {
            recipients = JsonSerializer.Deserialize<OutboxRecipients>(json, EngineJson.Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The recipients {json} are not a recipients rule: {ex.Message}", ex);
        }

        return recipients is { Rule.Length: > 0 } ? recipients : throw new FormatException($"The recipients {json} name no rule.");
    }
}
