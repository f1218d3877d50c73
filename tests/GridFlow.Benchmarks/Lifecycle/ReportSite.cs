using GridFlow.Benchmarks.Lifecycle.Contracts;
using NetTopologySuite.Geometries;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// Where every issue is reported: the centre of the demo inspector's grid. That grid's inspector verifies and
/// its township's officers accept and rectify, so the two demo accounts own every task the run opens.
/// </summary>
public sealed record ReportSite(string GridId, string GridCode, double Lat, double Lon)
{
    public static async Task<ReportSite> FindAsync(ApiClient api, DemoUser inspector)
    {
        var me = await api.GetAsync(inspector.Token, "/api/me");
        DemoSignIn.Expect(me, 200, "GET /api/me");
        var gridId = me.Read<MeAnswer>().GridIds.FirstOrDefault()
            ?? throw new InvalidOperationException($"{inspector.UserName} has no grid; the demo data should give it one.");
        var answer = await api.GetAsync(inspector.Token, $"/api/grids/{gridId}");
        DemoSignIn.Expect(answer, 200, $"GET /api/grids/{gridId}");
        var grid = answer.Read<GridAnswer>();
        var shell = grid.Boundary.Coordinates[0].Select(p => new Coordinate(p[0], p[1])).ToArray();
        var polygon = new GeometryFactory().CreatePolygon(shell);
        // The centroid of a convex grid is inside it; the interior point covers a concave one.
        var centre = polygon.Centroid;
        var point = polygon.Contains(centre) ? centre : polygon.InteriorPoint;
        return new ReportSite(grid.Id, grid.Code, point.Y, point.X);
    }
}
