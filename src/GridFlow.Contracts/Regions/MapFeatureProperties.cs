namespace GridFlow.Contracts.Regions;

/// <summary>
/// What a map feature is: <c>kind</c> <c>grid</c> (with the township in <c>regionId</c>) or <c>region</c> (with its
/// <c>level</c>; <c>role</c> <c>self</c> for the region asked for, <c>child</c> for a part of it).
/// </summary>
public sealed record MapFeatureProperties(string Kind, string Code, string Name, string? Level, string? Role, string? RegionId);
