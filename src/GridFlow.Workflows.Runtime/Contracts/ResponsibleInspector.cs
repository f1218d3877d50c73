namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>Who was responsible for a grid from when to when (null: still), as the regions' assignment history says.</summary>
public sealed record ResponsibleInspector(Guid GridId, Guid InspectorId, DateTimeOffset From, DateTimeOffset? To);
