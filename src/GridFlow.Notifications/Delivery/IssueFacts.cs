using GridFlow.Notifications.Rendering;

namespace GridFlow.Notifications.Delivery;

/// <summary>What delivery needs of an issue: its regions (for the rules) and its template view.</summary>
public sealed record IssueFacts(IssueModel Model, Guid GridId, Guid TownshipId, Guid CountyId, Guid CityId);
