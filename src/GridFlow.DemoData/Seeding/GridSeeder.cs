using GridFlow.Data;
using GridFlow.Data.Regions;
using GridFlow.DemoData.Generation;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace GridFlow.DemoData.Seeding;

/// <summary>
/// Inserts the missing grids, each with its inspector and current assignment: one SaveChanges per table,
/// so a thousand grids go in as a few batched round trips (the audit interceptor adds one row per grid
/// and per inspector to the same saves).
/// </summary>
internal sealed class GridSeeder(GridFlowDbContext db, TimeProvider clock)
{
    /// <summary>China Standard Time: a hire date means midnight in 聊城.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public const string AssignedBy = "seed";

    public async Task<(int Grids, int Inspectors, int Assignments)> SeedAsync(
        DemoCity city, IReadOnlyDictionary<string, Guid> regionIds, CancellationToken cancellationToken)
    {
        var codes = city.Grids.Select(g => g.Code).ToList();
        var existing = (await db.Grids.Where(g => codes.Contains(g.Code)).Select(g => g.Code).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        var inspectors = new List<Inspector>();
        var grids = new List<Grid>();
        var assignments = new List<GridAssignment>();
        foreach (var township in city.Townships)
        {
            foreach (var demo in township.Grids.Where(g => !existing.Contains(g.Code)))
            {
                var inspector = Inspector(demo.Inspector, regionIds[township.Code]);
                var grid = Grid(demo, inspector, regionIds[township.Code], now);
                inspectors.Add(inspector);
                grids.Add(grid);
                assignments.Add(new GridAssignment
                {
                    GridId = grid.Id,
                    InspectorId = inspector.Id,
                    // The instant is midnight +08:00; Npgsql writes timestamptz only from UTC offsets.
                    From = new DateTimeOffset(inspector.HireDate.ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime(),
                    AssignedBy = AssignedBy,
                });
            }
        }

        await SaveAsync(inspectors, cancellationToken);
        await SaveAsync(grids, cancellationToken);
        await SaveAsync(assignments, cancellationToken);
        return (grids.Count, inspectors.Count, assignments.Count);
    }

    private async Task SaveAsync<T>(List<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }

        db.AddRange(entities);
        await db.SaveChangesAsync(cancellationToken);
        // Nothing saved needs tracking any more; a small tracker keeps the next save's DetectChanges cheap.
        db.ChangeTracker.Clear();
    }

    private static Inspector Inspector(DemoInspector demo, Guid townshipId) => new()
    {
        Name = demo.Name,
        Phone = demo.Phone,
        Email = demo.Email,
        Status = demo.Status,
        HireDate = demo.HireDate,
        RegionId = townshipId,
    };

    private static Grid Grid(DemoGrid demo, Inspector inspector, Guid townshipId, DateTimeOffset now)
    {
        var boundary = (Polygon)demo.Boundary.Copy();
        var grid = new Grid
        {
            Code = demo.Code,
            Name = demo.Name,
            RegionId = townshipId,
            Boundary = boundary,
            InspectorId = inspector.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        grid.SetBoundary(boundary);
        return grid;
    }
}
