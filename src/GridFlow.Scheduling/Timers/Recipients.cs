using System.Text.Json;

namespace GridFlow.Scheduling.Timers;

/// <summary>The outbox recipients rules the scheduler writes; delivery resolves them when it sends.</summary>
public static class Recipients
{
    /// <summary>Whoever the task is assigned to when the notification is delivered (so a reassignment is followed).</summary>
    public const string TaskAssignee = """{"rule":"taskAssignee"}""";

    /// <summary>Every user with <paramref name="role"/> in <paramref name="regionId"/>.</summary>
    public static string Role(string role, Guid regionId) =>
        JsonSerializer.Serialize(new { rule = "role", role, regionId = regionId.ToString() });
}
