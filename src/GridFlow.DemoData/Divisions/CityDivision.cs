namespace GridFlow.DemoData.Divisions;

/// <summary>A prefecture-level city (地级市) with its county-level units in code order.</summary>
public sealed record CityDivision(string Code, string Name, IReadOnlyList<CountyDivision> Counties);
