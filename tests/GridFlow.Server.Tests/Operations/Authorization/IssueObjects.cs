namespace GridFlow.Server.Tests.Operations.Authorization;

/// <summary>The objects of one scope: an issue with an open task, a photo on a rectified issue, an open escalation.</summary>
public sealed record IssueObjects(Guid IssueId, Guid TaskId, Guid InstanceId, Guid PhotoId, Guid EscalationId, (double Lat, double Lon) Place);
