namespace GridFlow.Regions.Import;

/// <summary>
/// Brings a city's divisions and grids into GridFlow: the regions by official code (their materialised paths derived
/// here, from their parents'), then the grids with their inspectors and current assignments. What exists (by code) is
/// kept, so an import can run again. It writes through the caller's <see cref="GridFlowDbContext"/>, so it joins the
/// caller's transaction (the demo seeder writes the city and its accounts as one). The audit interceptor records every
/// grid and inspector it adds.
/// </summary>
public sealed class RegionImporter(GridFlowDbContext db, TimeProvider clock)
{
    /// <summary>China Standard Time: a hire date means midnight in China.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>True when every region and grid code is present.</summary>
    public async Task<bool> HasAllAsync(IReadOnlyCollection<string> regionCodes, IReadOnlyCollection<string> gridCodes, CancellationToken cancellationToken) =>
        await db.Regions.CountAsync(r => regionCodes.Contains(r.Code), cancellationToken) == regionCodes.Count
        && await db.Grids.CountAsync(g => gridCodes.Contains(g.Code), cancellationToken) == gridCodes.Count;

    /// <summary>
    /// Adds the regions that are missing, in one SaveChanges; a region's parent comes before it. Returns how many were
    /// added and the id of every region named, by code.
    /// </summary>
    public async Task<(int Inserted, IReadOnlyDictionary<string, Guid> Ids)> AddRegionsAsync(IReadOnlyList<RegionImport> regions, CancellationToken cancellationToken)
    {
        var codes = regions.Select(r => r.Code).ToList();
        var known = await db.Regions.Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => (r.Id, r.Path), cancellationToken);
        var added = new List<Region>();
        foreach (var import in regions.Where(r => !known.ContainsKey(r.Code)))
        {
            var parent = import.ParentCode is null ? ((Guid Id, string Path)?)null : known[import.ParentCode];
            var region = new Region
            {
                Code = import.Code,
                Name = import.Name,
                Level = import.Level,
                ParentId = parent?.Id,
                Path = $"{parent?.Path ?? "/"}{import.Code}/",
                Extent = (NetTopologySuite.Geometries.Polygon)import.Extent.Copy(),
            };
            added.Add(region);
            known[import.Code] = (region.Id, region.Path);
        }

        if (added.Count > 0)
        {
            db.Regions.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (added.Count, known.ToDictionary(k => k.Key, k => k.Value.Id));
    }

    /// <summary>
    /// Adds the grids that are missing, each with its inspector and current assignment: one SaveChanges per table, so a
    /// thousand grids go in as a few batched round trips.
    /// </summary>
    public async Task<GridImportResult> AddGridsAsync(IReadOnlyList<GridImport> grids, IReadOnlyDictionary<string, Guid> townshipIds, string assignedBy, CancellationToken cancellationToken)
    {
        var codes = grids.Select(g => g.Code).ToList();
        var existing = (await db.Grids.Where(g => codes.Contains(g.Code)).Select(g => g.Code).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        var inspectors = new List<Inspector>();
        var added = new List<Grid>();
        var assignments = new List<GridAssignment>();
        foreach (var import in grids.Where(g => !existing.Contains(g.Code)))
        {
            var townshipId = townshipIds[import.TownshipCode];
            var inspector = new Inspector
            {
                Name = import.Inspector.Name,
                Phone = import.Inspector.Phone,
                Email = import.Inspector.Email,
                Status = import.Inspector.Status,
                HireDate = import.Inspector.HireDate,
                RegionId = townshipId,
            };
            var boundary = (NetTopologySuite.Geometries.Polygon)import.Boundary.Copy();
            var grid = new Grid { Code = import.Code, Name = import.Name, RegionId = townshipId, Boundary = boundary, InspectorId = inspector.Id, CreatedAt = now, UpdatedAt = now };
            grid.SetBoundary(boundary);
            inspectors.Add(inspector);
            added.Add(grid);
            assignments.Add(new GridAssignment
            {
                GridId = grid.Id,
                InspectorId = inspector.Id,
                // The instant is midnight +08:00; Npgsql writes timestamptz only from UTC offsets.
                From = new DateTimeOffset(inspector.HireDate.ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime(),
                AssignedBy = assignedBy,
            });
        }

        await SaveAsync(inspectors, cancellationToken);
        await SaveAsync(added, cancellationToken);
        await SaveAsync(assignments, cancellationToken);
        return new GridImportResult(added.Count, inspectors.Count, assignments.Count);
    }

    /// <summary>The inspector responsible for a grid, by the grid's code.</summary>
    public Task<Guid?> InspectorOfGridAsync(string gridCode, CancellationToken cancellationToken) =>
        db.Grids.Where(g => g.Code == gridCode).Select(g => g.InspectorId).SingleAsync(cancellationToken);

    /// <summary>Records which account an inspector signs in with (the other half of the account's link to its inspector).</summary>
    public async Task LinkAccountAsync(Guid inspectorId, string userId, CancellationToken cancellationToken)
    {
        var inspector = await db.Inspectors.SingleAsync(i => i.Id == inspectorId, cancellationToken);
        if (inspector.UserId != userId)
        {
            inspector.UserId = userId;
            await db.SaveChangesAsync(cancellationToken);
        }
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
}
