namespace GridFlow.Web.Components.Admin;

/// <summary>The statuses the inspector API accepts (<c>InspectorRequest.Status</c>), in the order a form offers them.</summary>
public static class InspectorStatuses
{
    public static readonly IReadOnlyList<string> All = ["active", "probation", "dismissed"];
}
