namespace GridFlow.Notifications.Rendering;

/// <summary>The issue as templates see it (<c>issue.code</c>, <c>issue.category</c> ...).</summary>
public sealed record IssueModel(string Id, string Code, string Category, string CategoryCode, string Description, string? Address, string Status);
