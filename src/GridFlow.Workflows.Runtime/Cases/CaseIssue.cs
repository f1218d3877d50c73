namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>An issue reported for a case (a cross-check's findings): its id and the code people know it by.</summary>
public sealed record CaseIssue(string Id, string Code);
