using GridFlow.Workflows.Core.Catalog;

namespace GridFlow.Notifications.Rendering;

/// <summary>The notification kinds (one template each) and the languages they come in.</summary>
public static class TemplateNames
{
    /// <summary>The daily overdue digest to supervisors; not a workflow notification, so not in <see cref="KnownTemplates"/>.</summary>
    public const string SupervisorDigest = "supervisor-digest";

    public const string ZhCn = "zh-CN";

    public const string En = "en";

    public static IReadOnlyList<string> Cultures { get; } = [ZhCn, En];

    /// <summary>Every kind: the workflow templates plus the digest.</summary>
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(KnownTemplates.All.Append(SupervisorDigest), StringComparer.Ordinal);
}
