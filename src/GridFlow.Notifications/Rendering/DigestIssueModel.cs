namespace GridFlow.Notifications.Rendering;

/// <summary>One overdue issue in the supervisors' digest.</summary>
public sealed record DigestIssueModel(string Code, string Category, string Description, string Status, string Link);
