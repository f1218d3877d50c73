namespace GridFlow.Contracts.Issues;

public sealed record ReportIssueResponse(string Id, string Code, string Status, string GridId, string RegionId, string WorkflowInstanceId);
