namespace GridFlow.DemoData.Divisions;

/// <summary>The shape of <c>Data/liaocheng-divisions.json</c>; its source and notes are for readers only.</summary>
internal sealed record DivisionFile(CityDivision City);
