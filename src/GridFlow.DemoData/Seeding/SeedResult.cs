namespace GridFlow.DemoData.Seeding;

/// <summary>What one seeding run inserted; all zero when the demo data was already there.</summary>
public sealed record SeedResult(int Regions, int Grids, int Inspectors, int Assignments, int Roles, int Users)
{
    public static SeedResult None { get; } = new(0, 0, 0, 0, 0, 0);

    public bool AlreadySeeded => this == None;
}
