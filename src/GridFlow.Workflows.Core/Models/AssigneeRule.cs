namespace GridFlow.Workflows.Core.Models;

/// <summary>
/// Who a task goes to (or a notification reaches), as a rule relative to the issue; see
/// <see cref="Catalog.AssigneeRules"/>. <see cref="UserName"/> is set only for the <c>user</c> rule.
/// </summary>
public sealed record AssigneeRule(string Rule, string? UserName = null);
