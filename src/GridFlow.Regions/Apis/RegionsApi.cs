namespace GridFlow.Regions.Apis;

/// <summary><c>GET /api/regions</c>: the region tree the caller may see.</summary>
public static class RegionsApi
{
    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/regions", GetTreeAsync).WithTags("Regions");
        return app;
    }

    public static async Task<Ok<List<RegionNode>>> GetTreeAsync(Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().VisibleTo(caller)
            .OrderBy(r => r.Code)
            .Select(r => new { r.Id, r.Code, r.Name, r.Level, r.ParentId })
            .ToListAsync(cancellationToken);
        var nodes = regions.ToDictionary(
            r => r.Id,
            r => new RegionNode(r.Id.ToString(), r.Code, r.Name, LevelName(r.Level), r.ParentId?.ToString(), []));
        var roots = new List<RegionNode>();
        foreach (var region in regions)
        {
            // The topmost visible regions are the roots: a county supervisor's tree starts at their county.
            if (region.ParentId is { } parent && nodes.TryGetValue(parent, out var parentNode))
            {
                parentNode.Children.Add(nodes[region.Id]);
            }
            else
            {
                roots.Add(nodes[region.Id]);
            }
        }

        return TypedResults.Ok(roots);
    }

    public static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.City => "city",
        RegionLevel.County => "county",
        _ => "township",
    };
}
