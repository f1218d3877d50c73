using GridFlow.Workflows.Core.Catalog;

namespace GridFlow.Notifications.Rendering;

/// <summary>The notification kinds (one template each) and the languages they come in.</summary>
public static class TemplateNames
{
    /// <summary>The daily overdue digest to supervisors; not a workflow notification, so not in <see cref="KnownTemplates"/>.</summary>
    public const string SupervisorDigest = "supervisor-digest";

    /// <summary>An inspector's result of a finished assessment run; not a workflow notification either.</summary>
    public const string AssessmentResult = "assessment-result";

    public const string ZhCn = "zh-CN";

    public const string En = "en";

    public static IReadOnlyList<string> Cultures { get; } = [ZhCn, En];

    /// <summary>Every kind: the workflow templates plus the digest and the assessment result.</summary>
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(KnownTemplates.All.Append(SupervisorDigest).Append(AssessmentResult), StringComparer.Ordinal);
}
