namespace GridFlow.DemoData.Divisions;

/// <summary>A township-level unit (乡/镇/街道) as china-division lists it.</summary>
public sealed record TownshipDivision(string Code, string Name);
