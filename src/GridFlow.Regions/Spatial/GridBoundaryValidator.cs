using Microsoft.Extensions.Options;
using NetTopologySuite.Operation.Valid;

namespace GridFlow.Regions.Spatial;

/// <summary>
/// Checks a proposed grid boundary: GeoJSON shape, closed rings, a valid polygon, inside its township's
/// extent, and no overlap with neighbouring grids beyond a small tolerance. Each failure names the field
/// and says what is wrong, so an admin can fix the drawing.
/// </summary>
public sealed class GridBoundaryValidator(GridFlowDbContext db, IOptions<SpatialOptions> options)
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public const string Field = "boundary";

    /// <summary>Returns the polygon, or the errors keyed by field.</summary>
    public async Task<(Polygon? Polygon, Dictionary<string, string[]> Errors)> ValidateAsync(
        GeoJsonPolygon input, Region township, Guid? gridId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var polygon = Build(input, errors);
        if (polygon is null)
        {
            return (null, errors);
        }

        var validity = new IsValidOp(polygon).ValidationError;
        if (validity is not null)
        {
            errors[Field] = [$"The boundary is not a valid polygon: {validity.Message} at ({validity.Coordinate.X}, {validity.Coordinate.Y})."];
            return (null, errors);
        }

        var limits = options.Value;
        if (township.Extent is { } extent && !extent.Covers(polygon)
            && polygon.Difference(extent).Area > polygon.Area * limits.MaxOutsideExtentRatio)
        {
            errors[Field] = [$"The boundary lies outside the extent of {township.Name} ({township.Code})."];
            return (null, errors);
        }

        var overlaps = await FindOverlapsAsync(polygon, gridId, limits.MaxOverlapRatio, cancellationToken);
        if (overlaps.Count > 0)
        {
            errors[Field] = overlaps.ToArray();
            return (null, errors);
        }

        return (polygon, errors);
    }

    private async Task<List<string>> FindOverlapsAsync(Polygon polygon, Guid? gridId, double maxRatio, CancellationToken cancellationToken)
    {
        var box = polygon.EnvelopeInternal;
        var neighbours = await db.Grids.AsNoTracking()
            .Where(g => g.Id != gridId && g.MinLon <= box.MaxX && g.MaxLon >= box.MinX && g.MinLat <= box.MaxY && g.MaxLat >= box.MinY)
            .Select(g => new { g.Code, g.Name, g.Boundary })
            .ToListAsync(cancellationToken);
        var problems = new List<string>();
        foreach (var neighbour in neighbours.OrderBy(n => n.Code, StringComparer.Ordinal))
        {
            if (!polygon.Intersects(neighbour.Boundary))
            {
                continue;
            }

            var shared = polygon.Intersection(neighbour.Boundary).Area;
            if (shared > polygon.Area * maxRatio)
            {
                problems.Add($"The boundary overlaps grid {neighbour.Code} ({neighbour.Name}) by {shared / polygon.Area:P1} of its area.");
            }
        }

        return problems;
    }

    private static Polygon? Build(GeoJsonPolygon input, Dictionary<string, string[]> errors)
    {
        if (!string.Equals(input.Type, "Polygon", StringComparison.Ordinal))
        {
            errors[$"{Field}.type"] = ["The boundary must be a GeoJSON object with \"type\": \"Polygon\"."];
            return null;
        }

        if (input.Coordinates is not { Length: > 0 } rings)
        {
            errors[$"{Field}.coordinates"] = ["The boundary needs at least one ring of [longitude, latitude] positions."];
            return null;
        }

        var linearRings = new List<LinearRing>(rings.Length);
        for (var r = 0; r < rings.Length; r++)
        {
            var field = $"{Field}.coordinates[{r}]";
            var ring = rings[r];
            if (ring is null || ring.Length < 4)
            {
                errors[field] = ["A ring needs at least four positions, the last equal to the first."];
                return null;
            }

            var coordinates = new Coordinate[ring.Length];
            for (var p = 0; p < ring.Length; p++)
            {
                var position = ring[p];
                if (position is not { Length: 2 or 3 } || position[0] is < -180 or > 180 || position[1] is < -90 or > 90
                    || !double.IsFinite(position[0]) || !double.IsFinite(position[1]))
                {
                    errors[$"{field}[{p}]"] = ["A position is [longitude, latitude] with longitude in -180..180 and latitude in -90..90."];
                    return null;
                }

                coordinates[p] = new Coordinate(position[0], position[1]);
            }

            if (!coordinates[0].Equals2D(coordinates[^1]))
            {
                errors[field] = [$"The ring is not closed: it starts at [{coordinates[0].X}, {coordinates[0].Y}] and ends at [{coordinates[^1].X}, {coordinates[^1].Y}]."];
                return null;
            }

            linearRings.Add(Factory.CreateLinearRing(coordinates));
        }

        return Factory.CreatePolygon(linearRings[0], linearRings.Skip(1).ToArray());
    }
}
