namespace GridFlow.Regions.Apis;

/// <summary>
/// <c>GET /api/regions/{id}/map</c>: what the console's map draws for a region — its outline, its parts' outlines and
/// its grids — scoped as the grid list is (a region outside the caller's is 404; an inspector gets their own grids).
/// </summary>
public static class RegionMapApi
{
    public static IEndpointRouteBuilder MapRegionMapApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/regions/{id:guid}/map", GetAsync).WithTags("Regions");
        return app;
    }

    public static async Task<Results<Ok<RegionMap>, NotFound>> GetAsync(Guid id, Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var region = await db.Regions.AsNoTracking().VisibleTo(caller)
            .Where(r => r.Id == id).Select(r => new { r.Id, r.Code, r.Name, r.Level, r.Path, r.Extent }).SingleOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return TypedResults.NotFound();
        }

        var features = new List<MapFeature>();
        if (region.Extent is { } extent)
        {
            features.Add(Outline(region.Id, region.Code, region.Name, region.Level, "self", extent));
        }

        var children = await db.Regions.AsNoTracking().Where(r => r.ParentId == id && r.Extent != null).OrderBy(r => r.Code)
            .Select(r => new { r.Id, r.Code, r.Name, r.Level, r.Extent }).ToListAsync(cancellationToken);
        features.AddRange(children.Select(c => Outline(c.Id, c.Code, c.Name, c.Level, "child", c.Extent!)));

        var grids = await db.Grids.AsNoTracking().VisibleTo(caller).Where(g => g.Region!.Path.StartsWith(region.Path)).OrderBy(g => g.Code)
            .Select(g => new { g.Id, g.Code, g.Name, g.RegionId, g.Boundary }).ToListAsync(cancellationToken);
        features.AddRange(grids.Select(g => new MapFeature("Feature", g.Id.ToString(), g.Boundary.ToGeoJson(),
            new MapFeatureProperties("grid", g.Code, g.Name, null, null, g.RegionId.ToString()))));

        return TypedResults.Ok(new RegionMap("FeatureCollection", Bbox(features), features));
    }

    private static MapFeature Outline(Guid id, string code, string name, RegionLevel level, string role, Polygon extent) =>
        new("Feature", id.ToString(), extent.ToGeoJson(), new MapFeatureProperties("region", code, name, RegionsApi.LevelName(level), role, null));

    private static double[]? Bbox(List<MapFeature> features)
    {
        var points = features.SelectMany(f => f.Geometry.Coordinates![0]).ToList();
        return points.Count == 0 ? null : [points.Min(p => p[0]), points.Min(p => p[1]), points.Max(p => p[0]), points.Max(p => p[1])];
    }
}
