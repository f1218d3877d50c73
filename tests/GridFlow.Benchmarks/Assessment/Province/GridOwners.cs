namespace GridFlow.Benchmarks.Assessment.Province;

/// <summary>
/// Who is responsible for which grid when (the assignment history). Inspector i starts on grid i; in every 20th
/// township the first two inspectors swap grids at midnight of the month's 15th, so a run has to read the history,
/// not the grids' current inspector, to know whose a fact was.
/// </summary>
public sealed class GridOwners(ProvinceLayout layout, AssessedMonth month)
{
    public DateTime SwapAt { get; } = month.DayStart(14);

    public bool Swaps(int grid) =>
        layout.GridsPerTownship >= 2 && layout.TownshipOfGrid(grid) % 20 == 7 && grid % layout.GridsPerTownship < 2;

    /// <summary>The grid's partner in a swap: the other of the township's first two.</summary>
    public int Partner(int grid) => grid % layout.GridsPerTownship == 0 ? grid + 1 : grid - 1;

    /// <summary>The inspector (index) responsible for <paramref name="grid"/> at <paramref name="utc"/>.</summary>
    public int OwnerAt(int grid, DateTime utc) => Swaps(grid) && utc >= SwapAt ? Partner(grid) : grid;

    /// <summary>The inspector responsible now (the grids' <c>inspector_id</c>).</summary>
    public int Current(int grid) => Swaps(grid) ? Partner(grid) : grid;
}
